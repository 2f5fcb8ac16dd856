package org.normflow.consultation;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The rows a clerk sends back from the dispose-comments form ({@code commentRows}), as Tasklist
 * submits them: one object per comment with its number, the visibility, the disposition and the
 * reason (fields shown only, such as the excerpt, are not submitted).
 */
public final class DispositionRows {

  private final SpinJsonNode rows = Spin.JSON("[]");

  private DispositionRows() {}

  public static DispositionRows rows() {
    return new DispositionRows();
  }

  /** Every comment from 1 to {@code count} with the same disposition and reason. */
  public static JsonValue all(int count, String disposition, String reason) {
    return rows().range(1, count, disposition, reason).json();
  }

  public DispositionRows row(int number, String disposition, String reason) {
    return row(number, disposition, reason, "PUBLISH");
  }

  /** A row as sent, any value may be null (left empty in the form). */
  public DispositionRows row(Object number, String disposition, String reason, String visibility) {
    SpinJsonNode row = Spin.JSON("{}");
    if (number instanceof Number n) {
      row.prop("number", n.intValue());
    } else if (number != null) {
      row.prop("number", number.toString());
    }
    row.prop("visibility", visibility);
    row.prop("disposition", disposition);
    row.prop("reason", reason == null ? "" : reason);
    rows.append(row);
    return this;
  }

  public DispositionRows range(int from, int to, String disposition, String reason) {
    for (int i = from; i <= to; i++) {
      row(i, disposition, reason);
    }
    return this;
  }

  public JsonValue json() {
    return SpinValues.jsonValue(rows).create();
  }

  @Override
  public String toString() {
    return rows.toString();
  }
}
