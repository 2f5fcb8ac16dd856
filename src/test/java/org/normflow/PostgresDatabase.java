package org.normflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the machine's PostgreSQL server (127.0.0.1:5432, user postgres), for one
 * test class or run, dropped afterwards. Without a reachable server the test is skipped with a
 * visible message, except under {@code -Dnormflow.postgres.required=true} (CI), where it fails.
 */
public final class PostgresDatabase implements AutoCloseable {

  public static final String SERVER =
      System.getProperty("normflow.postgres.server", "jdbc:postgresql://127.0.0.1:5432/");
  public static final String USER = System.getProperty("normflow.postgres.user", "postgres");
  public static final String PASSWORD = System.getProperty("normflow.postgres.password", "");
  private static final String MAINTENANCE_DATABASE = "test";

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  /** Creates {@code normflow_<purpose>_<random>}; skips or fails the calling test when no server answers. */
  public static PostgresDatabase create(String purpose) {
    String name =
        "normflow_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      String message = "[PostgreSQL] SKIPPED " + purpose + ": no PostgreSQL at " + SERVER + " (" + e.getMessage() + ")";
      System.out.println(message);
      if (Boolean.getBoolean("normflow.postgres.required")) {
        Assertions.fail(message + "; normflow.postgres.required=true, so this is a failure.");
      }
      Assumptions.abort(message);
    }
    return new PostgresDatabase(name);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return SERVER + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection(SERVER + MAINTENANCE_DATABASE, USER, PASSWORD);
  }

  @Override
  public void close() {
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.out.println("[PostgreSQL] could not drop " + name + ": " + e.getMessage());
    }
  }
}
