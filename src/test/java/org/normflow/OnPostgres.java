package org.normflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link NormFlowSpringTest} class on the machine's PostgreSQL instead of in-memory H2: put it
 * on a subclass of the H2 test ({@code class XOnPostgresTests extends XTests}). All such classes share
 * one Spring context and one database of their own for the test run ({@link PostgresTestContext}).
 *
 * <p>They carry the JUnit tag {@code postgres}: the ordinary surefire run leaves them out, a second
 * surefire execution ({@code postgres}, pom.xml) runs them in a JVM of their own, so the H2 context
 * and the PostgreSQL context never share a JVM. Without a server they are skipped with a message,
 * under CI ({@code normflow.postgres.required=true}) they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(PostgresTestContext.Available.class)
@ContextConfiguration(initializers = PostgresTestContext.class)
public @interface OnPostgres {}
