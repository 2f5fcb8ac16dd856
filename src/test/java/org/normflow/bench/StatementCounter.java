package org.normflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements an engine sends (every execute and executeBatch), so that NormFlow's and
 * the bare engine's database work per lifecycle can be compared without the noise of a busy machine.
 */
final class StatementCounter extends DelegatingDataSource {

  private final AtomicLong count = new AtomicLong();

  StatementCounter(DataSource target) {
    super(target);
  }

  long count() {
    return count.get();
  }

  @Override
  public Connection getConnection() throws java.sql.SQLException {
    return wrap(super.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws java.sql.SQLException {
    return wrap(super.getConnection(user, password));
  }

  private Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        forward(connection, (method, result) -> result instanceof Statement statement ? wrap(statement, method) : result));
  }

  private Object wrap(Statement statement, Method created) {
    Class<?> type = created.getReturnType();
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, forward(statement, (method, result) -> {
      if (method.getName().startsWith("execute")) {
        count.incrementAndGet();
      }
      return result;
    }));
  }

  interface After {
    Object apply(Method method, Object result);
  }

  private static InvocationHandler forward(Object target, After after) {
    return (proxy, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      try {
        return after.apply(method, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }
}
