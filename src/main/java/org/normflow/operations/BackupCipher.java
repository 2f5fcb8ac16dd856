package org.normflow.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a backup with the operator's key (AES-256-GCM: a copy that was tampered with does not decrypt).
 * The file is {@code NFBK1}, a 12-byte nonce, then the ciphertext with its tag. The same class decrypts
 * (docs/operations.md): {@code java -cp normflow.jar -Dloader.main=org.normflow.operations.BackupCipher
 * org.springframework.boot.loader.launch.PropertiesLauncher <in> <out>} with the key in
 * {@code NORMFLOW_BACKUP_KEY}.
 */
public final class BackupCipher {

  static final byte[] MAGIC = "NFBK1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /** @param base64Key 32 bytes, Base64 ({@code openssl rand -base64 32}) */
  BackupCipher(String base64Key) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("normflow.backup.encryption-key is not Base64: give 32 random bytes in Base64");
    }
    if (raw.length != 32) {
      throw new IllegalStateException("normflow.backup.encryption-key must be 32 bytes (Base64 of 32 bytes), not " + raw.length);
    }
    this.key = new SecretKeySpec(raw, "AES");
  }

  void encrypt(Path plain, Path encrypted) throws IOException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try (OutputStream file = Files.newOutputStream(encrypted)) {
      file.write(MAGIC);
      file.write(nonce);
      try (OutputStream out = new CipherOutputStream(file, cipher(Cipher.ENCRYPT_MODE, nonce));
          InputStream in = Files.newInputStream(plain)) {
        in.transferTo(out);
      }
    }
  }

  void decrypt(Path encrypted, Path plain) throws IOException {
    try (InputStream file = Files.newInputStream(encrypted)) {
      byte[] magic = file.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(encrypted + " is not an encrypted NormFlow backup");
      }
      byte[] nonce = file.readNBytes(NONCE_BYTES);
      // GCM checks the tag at the end: a wrong key or a changed byte fails here, before anything is trusted
      byte[] content;
      try (InputStream in = new CipherInputStream(file, cipher(Cipher.DECRYPT_MODE, nonce))) {
        content = in.readAllBytes();
      }
      Files.write(plain, content);
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws IOException {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IOException("AES-GCM is not available in this JVM", e);
    }
  }

  /** Decrypts a backup: {@code BackupCipher <encrypted> <zip>}, the key in {@code NORMFLOW_BACKUP_KEY}. */
  public static void main(String[] args) throws IOException {
    String key = System.getenv("NORMFLOW_BACKUP_KEY");
    if (args.length != 2 || key == null) {
      System.err.println("usage: NORMFLOW_BACKUP_KEY=<base64 key> BackupCipher <encrypted backup> <zip to write>");
      System.exit(2);
    }
    new BackupCipher(key).decrypt(Path.of(args[0]), Path.of(args[1]));
    System.out.println("decrypted " + args[0] + " to " + args[1]);
  }
}
