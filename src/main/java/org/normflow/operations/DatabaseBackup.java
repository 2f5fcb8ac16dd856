package org.normflow.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
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
 */
@RestController
class DatabaseBackup {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final DataSource dataSource;
  private final IdentityService identity;
  private final EngineReads reads;
  private final Path directory;

  DatabaseBackup(DataSource dataSource, IdentityService identity, EngineReads reads,
      @Value("${normflow.backup.directory:./backups}") String directory) {
    this.dataSource = dataSource;
    this.identity = identity;
    this.reads = reads;
    this.directory = Path.of(directory);
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
      Files.createDirectories(directory);
      Path file = directory.resolve("normflow-" + STAMP.format(LocalDateTime.now()) + ".zip").toAbsolutePath().normalize();
      try (Statement statement = connection.createStatement()) {
        // the name is ours (directory from configuration, time stamp), never the caller's
        statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
      }
      out.put("file", file.toString());
      out.put("bytes", Files.size(file));
      LOG.info("Database backup written by {} to {} ({} bytes)", user.getUserId(), file, out.get("bytes"));
      return ResponseEntity.ok(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
