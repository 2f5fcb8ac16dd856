package org.normflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 29: a backup encrypted with the operator's key comes back whole, and only with that key. */
class BackupCipherTests {

  @TempDir Path dir;

  static String key() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  @Test
  @DisplayName("issue 29: an encrypted backup decrypts to the same bytes and does not contain them in the clear")
  void roundTrip() throws IOException {
    byte[] content = new byte[300_000];
    new SecureRandom().nextBytes(content);
    byte[] marker = "13800138000 commenter@example.cn $2a$10$passwordhash".getBytes();
    System.arraycopy(marker, 0, content, 1000, marker.length);
    Path zip = Files.write(dir.resolve("backup.zip"), content);
    BackupCipher cipher = new BackupCipher(key());
    cipher.encrypt(zip, dir.resolve("backup.zip.enc"));

    byte[] encrypted = Files.readAllBytes(dir.resolve("backup.zip.enc"));
    assertThat(new String(encrypted, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("NFBK1").doesNotContain("commenter@example.cn");
    cipher.decrypt(dir.resolve("backup.zip.enc"), dir.resolve("restored.zip"));
    assertThat(Files.readAllBytes(dir.resolve("restored.zip"))).isEqualTo(content);
  }

  @Test
  @DisplayName("issue 29: another key, or one changed byte, does not decrypt")
  void wrongKeyOrTampered() throws IOException {
    Path zip = Files.writeString(dir.resolve("backup.zip"), "PK... the database");
    BackupCipher cipher = new BackupCipher(key());
    Path encrypted = dir.resolve("backup.zip.enc");
    cipher.encrypt(zip, encrypted);

    assertThatThrownBy(() -> new BackupCipher(key()).decrypt(encrypted, dir.resolve("a.zip"))).isInstanceOf(IOException.class);
    byte[] bytes = Files.readAllBytes(encrypted);
    bytes[bytes.length - 20] ^= 1;
    Files.write(encrypted, bytes);
    assertThatThrownBy(() -> cipher.decrypt(encrypted, dir.resolve("b.zip"))).isInstanceOf(IOException.class);
    assertThat(dir.resolve("b.zip")).doesNotExist();
  }

  @Test
  @DisplayName("issue 29: a key that is not 32 bytes of Base64 stops the start with a message saying so")
  void badKey() {
    assertThatThrownBy(() -> new BackupCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new BackupCipher("not base64 !")).hasMessageContaining("Base64");
  }
}
