package org.normflow.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.EngineReads;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An online backup of the embedded H2 database (administrators only): {@code POST /api/operations/backup}
 * runs H2's {@code BACKUP TO}, which copies the database file into a zip while NormFlow keeps working;
 * the copy is transactionally consistent (H2's MVCC), so the engine's tables and the registry in it
 * agree. The file goes to {@code normflow.backup.directory} on the server, named by the time. On
 * PostgreSQL the answer says to use {@code pg_dump}, which takes the same consistent snapshot from
 * outside (docs/operations.md).
 *
 * <p>A backup holds password hashes and commenters' contacts (issue 29): the directory is the service
 * user's alone (0700) and each file 0600; with {@code normflow.backup.encryption-key} the copy is
 * encrypted ({@link BackupCipher}) and the plain zip removed; a full copy is made at most once per
 * {@code normflow.backup.min-interval} (429 otherwise); the answer names the file, never the server's path.
 */
@RestController
class DatabaseBackup {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private final DataSource dataSource;
  private final IdentityService identity;
  private final EngineReads reads;
  private final Path directory;
  private final Duration minInterval;
  private final BackupCipher cipher;
  private Instant last;

  DatabaseBackup(DataSource dataSource, IdentityService identity, EngineReads reads,
      @Value("${normflow.backup.directory:./backups}") String directory,
      @Value("${normflow.backup.min-interval:PT15M}") Duration minInterval,
      @Value("${normflow.backup.encryption-key:}") String encryptionKey) {
    this.dataSource = dataSource;
    this.identity = identity;
    this.reads = reads;
    this.directory = Path.of(directory);
    this.minInterval = minInterval;
    this.cipher = encryptionKey.isBlank() ? null : new BackupCipher(encryptionKey);
  }

  @PostMapping("/api/operations/backup")
  ResponseEntity<Map<String, Object>> backup() throws SQLException {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ForbiddenException("请先登录");
    }
    boolean admin = reads.unchecked(() ->
        identity.createGroupQuery().groupMember(user.getUserId()).groupId(Groups.ID_ADMIN).count()) > 0;
    if (!admin) {
      throw new ForbiddenException("只有系统管理员可以备份数据库");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      out.put("database", product);
      if (!"H2".equalsIgnoreCase(product)) {
        out.put("message", "本系统使用 " + product + " 数据库：请用 pg_dump 备份（见 docs/operations.md“备份与恢复”），它在一个一致的快照中备份流程引擎和登记簿");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(out);
      }
      Long wait = reserve();
      if (wait != null) {
        out.put("message", "数据库备份每 " + minInterval.toMinutes() + " 分钟最多一次，请在 " + wait + " 秒后重试");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", wait.toString()).body(out);
      }
      Path file = write(connection);
      out.put("file", file.getFileName().toString());
      out.put("bytes", Files.size(file));
      out.put("encrypted", cipher != null);
      LOG.info("Database backup written by {} to {} ({} bytes)", user.getUserId(), file, out.get("bytes"));
      return ResponseEntity.ok(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seconds to wait, or null when this call may make a copy (and the next must wait from now). */
  private synchronized Long reserve() {
    Instant now = Instant.now();
    if (last != null && now.isBefore(last.plus(minInterval))) {
      return Math.max(1, Duration.between(now, last.plus(minInterval)).toSeconds());
    }
    last = now;
    return null;
  }

  private Path write(Connection connection) throws SQLException, IOException {
    ownerOnlyDirectory();
    String name = "normflow-" + STAMP.format(LocalDateTime.now()) + ".zip";
    Path zip = directory.resolve(name).toAbsolutePath().normalize();
    try (Statement statement = connection.createStatement()) {
      // the name is ours (directory from configuration, time stamp), never the caller's
      statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
    }
    ownerOnly(zip, OWNER_FILE);
    if (cipher == null) {
      return zip;
    }
    Path encrypted = zip.resolveSibling(name + ".enc");
    Files.createFile(encrypted);
    ownerOnly(encrypted, OWNER_FILE);
    cipher.encrypt(zip, encrypted);
    Files.delete(zip);
    return encrypted;
  }

  private void ownerOnlyDirectory() throws IOException {
    Files.createDirectories(directory);
    ownerOnly(directory, OWNER_DIRECTORY);
  }

  private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }
}
