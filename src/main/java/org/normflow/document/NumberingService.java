package org.normflow.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unified numbering (统一编号, R-ND-07): {@code <prefix>〔<year>〕<n>号}, one unbroken sequence per
 * prefix and year. The counter row is created once in its own short transaction (so a concurrent
 * creator's duplicate key never aborts the caller's transaction on PostgreSQL); the increment is
 * an {@code UPDATE ... SET last_value = last_value + 1} in the caller's transaction, whose row lock
 * serialises concurrent issuers until they commit. A rolled-back step gives its number back.
 */
@Service
public class NumberingService {

  private final JdbcClient jdbc;
  private final TransactionTemplate newTransaction;

  NumberingService(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** An issued number: the formatted text and its parts. */
  public record IssuedNumber(String text, String prefix, int year, int sequence) {}

  public IssuedNumber next(String prefix, int year) {
    // the counter exists except for the first number of a prefix and year: try the increment first
    if (increment(prefix, year) != 1) {
      ensureCounter(prefix, year);
      if (increment(prefix, year) != 1) {
        throw new IllegalStateException("编号计数器缺失：" + prefix + " " + year);
      }
    }
    int value =
        jdbc.sql("SELECT last_value FROM nf_number_sequence WHERE issuer_prefix = ? AND number_year = ?")
            .params(prefix, year)
            .query(Integer.class)
            .single();
    return new IssuedNumber(format(prefix, year, value), prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.sql("UPDATE nf_number_sequence SET last_value = last_value + 1 WHERE issuer_prefix = ? AND number_year = ?")
        .params(prefix, year)
        .update();
  }

  public static String format(String prefix, int year, int sequence) {
    return prefix + "〔" + year + "〕" + sequence + "号";
  }

  private void ensureCounter(String prefix, int year) {
    try {
      newTransaction.executeWithoutResult(
          status -> {
            if (!exists(prefix, year)) {
              jdbc.sql("INSERT INTO nf_number_sequence (issuer_prefix, number_year, last_value) VALUES (?, ?, 0)")
                  .params(prefix, year)
                  .update();
            }
          });
    } catch (DuplicateKeyException concurrentlyCreated) {
      // another issuer created the counter first: fine
    }
  }

  private boolean exists(String prefix, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_number_sequence WHERE issuer_prefix = ? AND number_year = ?")
            .params(prefix, year)
            .query(Integer.class)
            .single()
        > 0;
  }
}
