package org.normflow.consultation;

import static org.normflow.consultation.ConsultationSteps.abbreviate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.normflow.validation.Grounds;
import org.normflow.validation.PlainText;

/**
 * The rows of the dispose-comments form (a form-js dynamic list bound to {@code commentRows}), one per
 * stored comment: the comment's number in this consultation, its clause and an excerpt (shown only),
 * whether it is published, the disposition and its reason. {@link #of} prefills them when the period
 * closes; {@link #read} checks what the clerk sent back against the consultation's own comments. A row
 * names its comment by that number only, so no row can reach a comment of another consultation.
 *
 * <p>The rows are a Json variable (bytes in the engine, no 4,000-character limit); a few hundred rows
 * with reasons of at most {@link #MAX_REASON} characters stay well under the request size limit.
 */
final class CommentRows {

  static final String NUMBER = "number";
  static final String CLAUSE = "clause";
  static final String EXCERPT = "excerpt";
  static final String VISIBILITY = "visibility";
  static final String DISPOSITION = "disposition";
  static final String REASON = "reason";
  /** The visibility of a comment published with the report. */
  static final String PUBLISH = "PUBLISH";

  static final int MAX_REASON = 1000;
  static final int EXCERPT_LENGTH = 300;
  /** Problems listed one by one before the rest is counted. */
  static final int MAX_LISTED = 20;

  static final Map<String, String> DISPOSITIONS =
      Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳");

  private CommentRows() {}

  /** The prefilled rows: every comment, no disposition yet, hidden comments with their ground. */
  static JsonValue of(List<ConsultationRepository.Comment> comments) {
    SpinJsonNode rows = Spin.JSON("[]");
    for (ConsultationRepository.Comment c : comments) {
      SpinJsonNode row = Spin.JSON("{}");
      row.prop(NUMBER, c.number());
      row.prop(CLAUSE, c.clauseOrGeneral());
      row.prop(EXCERPT, abbreviate(c.content().strip(), EXCERPT_LENGTH));
      row.prop(VISIBILITY, ConsultationRepository.HIDDEN.equals(c.status()) && c.moderationReason() != null
          ? c.moderationReason() : PUBLISH);
      row.prop(REASON, "");
      rows.append(row);
    }
    return SpinValues.jsonValue(rows).create();
  }

  /** What the clerk decided for one comment: a disposition code and reason, a hiding ground or null. */
  record Row(int number, String disposition, String reason, String hiddenGround) {}

  /**
   * The submitted rows checked against the stored comments: every comment exactly once, by its number;
   * a row without a disposition takes {@code restDisposition}; partly or not adopted needs a reason;
   * texts plain and short. Problems are added in Chinese; the result is complete only without them.
   */
  static Map<Integer, Row> read(
      Object submitted, List<ConsultationRepository.Comment> comments, String restDisposition, String restReason,
      Grounds grounds, List<String> problems) {
    List<String> found = new ArrayList<>();
    Map<Integer, Row> rows = new LinkedHashMap<>();
    List<Object> elements = elements(submitted);
    if (elements == null) {
      problems.add("“逐条处理”的内容格式不正确，请重新打开任务后填写");
      return rows;
    }
    Set<String> hidingGrounds = grounds.of(Grounds.HIDDEN_COMMENT).keySet();
    Set<Integer> duplicated = new TreeSet<>();
    Set<Integer> unnamed = new TreeSet<>();
    Set<Integer> noReason = new TreeSet<>();
    int line = 0;
    for (Object element : elements) {
      line++;
      Map<String, Object> row = fields(element);
      if (row == null) {
        found.add("“逐条处理”第 " + line + " 行的格式不正确");
        continue;
      }
      Integer number = number(row.get(NUMBER));
      if (number == null || number < 1 || number > comments.size()) {
        found.add("“逐条处理”第 " + line + " 行的意见序号“" + abbreviate(String.valueOf(row.get(NUMBER)), 20)
            + "”不是本次征求意见收到的意见（序号为 1 至 " + comments.size() + "）");
        continue;
      }
      if (rows.containsKey(number)) {
        duplicated.add(number);
        continue;
      }
      String label = "第 " + number + " 条意见的";
      String disposition = text(row.get(DISPOSITION));
      String reason = text(row.get(REASON));
      if (disposition == null) {
        disposition = restDisposition;
        reason = reason == null ? restReason : reason;
      }
      if (disposition == null) {
        unnamed.add(number);
      } else if (!DISPOSITIONS.containsKey(disposition)) {
        found.add(label + "处理结论“" + abbreviate(disposition, 20) + "”无效，只能是 采纳、部分采纳 或 不采纳");
        disposition = null;
      }
      if (reason != null) {
        if (reason.length() > MAX_REASON) {
          found.add(label + "理由不能超过 " + MAX_REASON + " 个字（现为 " + reason.length() + " 个字）");
        }
        String plain = PlainText.problem(label + "理由", reason);
        if (plain != null) {
          found.add(plain);
        }
      } else if (disposition != null && !"ADOPTED".equals(disposition)) {
        noReason.add(number);
      }
      String visibility = text(row.get(VISIBILITY));
      String hidden = null;
      if (visibility != null && !PUBLISH.equals(visibility)) {
        if (hidingGrounds.contains(visibility)) {
          hidden = visibility;
        } else {
          found.add(label + "“是否公开”取值“" + abbreviate(visibility, 20) + "”无效");
        }
      }
      rows.put(number, new Row(number, disposition, reason, hidden));
    }
    List<Integer> missing = comments.stream().map(ConsultationRepository.Comment::number)
        .filter(n -> !rows.containsKey(n) && !duplicated.contains(n)).toList();
    if (!duplicated.isEmpty()) {
      found.add("第 " + Dispositions.ranges(List.copyOf(duplicated)) + " 条意见出现在多行中，每条意见只能处理一次");
    }
    if (!missing.isEmpty()) {
      found.add("“逐条处理”缺少第 " + Dispositions.ranges(missing) + " 条意见，每条意见都须有一行");
    }
    if (!unnamed.isEmpty()) {
      found.add("第 " + Dispositions.ranges(List.copyOf(unnamed))
          + " 条意见尚未选择处理结论；可逐条选择，或在“其余意见”中一并处理");
    }
    if (!noReason.isEmpty()) {
      found.add("第 " + Dispositions.ranges(List.copyOf(noReason)) + " 条意见部分采纳或不采纳，须写明理由");
    }
    if (found.size() > MAX_LISTED) {
      int more = found.size() - MAX_LISTED;
      found = new ArrayList<>(found.subList(0, MAX_LISTED));
      found.add("另有 " + more + " 处问题，请先改正以上各处后再提交");
    }
    problems.addAll(found);
    return rows;
  }

  /** The elements of a JSON array (Tasklist) or a list (Java callers), or null when it is neither. */
  private static List<Object> elements(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return new ArrayList<>(json.elements());
    }
    if (value instanceof Collection<?> list) {
      return new ArrayList<>(list);
    }
    return null;
  }

  private static Map<String, Object> fields(Object element) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (element instanceof SpinJsonNode json && json.isObject()) {
      for (String name : json.fieldNames()) {
        SpinJsonNode value = json.prop(name);
        fields.put(name, value.isNull() ? null : value.isString() ? value.stringValue()
            : value.isNumber() ? value.numberValue() : value.toString());
      }
      return fields;
    }
    if (element instanceof Map<?, ?> map) {
      map.forEach((k, v) -> fields.put(String.valueOf(k), v));
      return fields;
    }
    return null;
  }

  private static Integer number(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e9) {
      return n.intValue();
    }
    if (value instanceof String s && s.strip().matches("\\d{1,9}")) {
      return Integer.parseInt(s.strip());
    }
    return null;
  }

  /** A submitted text, stripped; null when blank; a list or object becomes its JSON text, refused as a code. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
