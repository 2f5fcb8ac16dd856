package org.normflow;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The Spring context of {@link OnPostgres} tests: the test context of {@link NormFlowSpringTest} with
 * its datasource pointed at a PostgreSQL database created for this test run (engine schema and Flyway
 * migrations are created in it at start-up, as in production), dropped when the JVM ends.
 */
public final class PostgresTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static PostgresDatabase database;
  private static RuntimeException unavailable;

  /** The run's database, created on first use; skips (or, under CI, fails) the caller when there is no server. */
  static synchronized PostgresDatabase database() {
    if (unavailable != null) {
      throw unavailable;
    }
    if (database == null) {
      try {
        database = PostgresDatabase.create("tests");
      } catch (RuntimeException | Error e) {
        unavailable = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        throw e;
      }
    }
    return database;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    PostgresDatabase db = database();
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
        context,
        "spring.datasource.url=" + db.jdbcUrl(),
        "spring.datasource.username=" + PostgresDatabase.USER,
        "spring.datasource.password=" + PostgresDatabase.PASSWORD);
    // the application first, then its database: closing the context here is idempotent
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      context.close();
      db.close();
    }, "drop-" + db.name()));
    System.out.println("[PostgreSQL] tests run on database " + db.name());
  }

  /** Creates the database before any Spring context is asked for, so a missing server skips (or fails) visibly. */
  public static final class Available implements BeforeAllCallback, TestInstancePreConstructCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      database();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
      database();
    }
  }
}
