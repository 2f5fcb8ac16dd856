package org.normflow.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the 年度统计 page and the report paragraphs read for one year (issue 23, R-C-02): the live figures of a
 * year not confirmed; for a confirmed year the figures as confirmed, each amended figure with its value before,
 * the reason, who and when, and where today's recount differs from the stated value, today's value beside it
 * (the stated value does not change).
 */
final class AnnualYear {

  /** A figure's amendment as the page shows it: the value confirmed, the value now, why, who, when. */
  record Amended(String originalValue, String value, String reason, String amendedBy, String amendedAt) {}

  record Figure(String key, String label, Number value, String unit, String definition, String rules,
      Number confirmedValue, Number liveValue, String liveNote, Amended amendment) {}

  record Section(String title, List<Figure> figures) {}

  record Confirmation(String confirmedBy, String confirmedAt, String confirmedOn, String note) {}

  record AmendmentRow(long id, String key, String label, String unit, String previousValue, String newValue, String reason,
      String amendedBy, String amendedAt) {}

  /** The page's answer; year, title, sections, durations and register as before, then the confirmation. */
  record View(int year, String title, List<Section> sections, Object durations, Map<String, Long> register,
      boolean confirmed, String status, Confirmation confirmation, List<AmendmentRow> amendments, int liveDifferences,
      boolean yearEnded, boolean mayConfirm, boolean mayAmend, String userId, String scopeNote) {}

  /** Who is reading and what they may do with the year. */
  record Permissions(String userId, boolean mayConfirm, boolean mayAmend) {}

  private AnnualYear() {}

  /** A year not confirmed: the live figures as they are. */
  static View live(AnnualFigures.Report live, Permissions may, AnnualConfirmations.Stored bureauConfirmation,
      Names names) {
    List<Section> sections = live.sections().stream().map(s -> new Section(s.title(), s.figures().stream()
        .map(f -> new Figure(f.key(), f.label(), f.value(), f.unit(), f.definition(), f.rules(), null, null, null, null))
        .toList())).toList();
    Confirmation confirmation = bureauConfirmation == null ? null : confirmation(bureauConfirmation, names);
    String note = bureauConfirmation == null ? null
        : "本年度全局数据已由法制机构确认；以下为本科室案件的实时统计，仅供核对";
    return new View(live.year(), live.title(), sections, live.durations(), live.register(), false,
        AnnualConfirmations.ended(live.year()) ? "未确认" : "年度未结束", confirmation, List.of(), 0,
        AnnualConfirmations.ended(live.year()), may.mayConfirm() && bureauConfirmation == null
            && AnnualConfirmations.ended(live.year()), false, may.userId(), note);
  }

  /** A confirmed year: the confirmed figures, amended where recorded, today's recount beside where it differs. */
  static View confirmed(AnnualConfirmations.Stored stored, List<AnnualConfirmations.Amendment> amendments,
      AnnualFigures.Report live, Permissions may, Names names) {
    Map<String, Number> liveValues = new HashMap<>();
    if (live != null) {
      live.sections().forEach(s -> s.figures().forEach(f -> liveValues.put(f.key(), f.value())));
    }
    Map<String, AnnualConfirmations.Amendment> latest = new HashMap<>();
    amendments.forEach(a -> latest.put(a.key(), a));
    Map<String, JsonNode> figures = AnnualConfirmations.figures(stored.report());
    List<Section> sections = new ArrayList<>();
    int differences = 0;
    for (JsonNode s : stored.report().path("sections")) {
      List<Figure> out = new ArrayList<>();
      for (JsonNode f : s.path("figures")) {
        String key = f.path("key").asText();
        Number confirmedValue = f.path("value").isNumber() ? f.path("value").numberValue() : null;
        AnnualConfirmations.Amendment a = latest.get(key);
        Number value = a == null ? confirmedValue : number(a.newValue());
        Amended amended = a == null ? null : new Amended(AnnualConfirmations.plain(f.path("value")), a.newValue(), a.reason(),
            names.personWithGroups(a.amendedBy()), AuditTime.time(a.amendedAt().toInstant()));
        Number liveValue = null;
        String liveNote = null;
        if (live != null && !liveValues.containsKey(key)) {
          liveNote = "现行统计已无此项指标，以确认时的数值为准";
        } else if (live != null && !same(liveValues.get(key), value)) {
          liveValue = liveValues.get(key);
          liveNote = "按现有记录重新统计为 " + text(liveValue) + "，与" + (a == null ? "确认" : "更正") + "的数值 " + text(value)
              + " 不同；报告以" + (a == null ? "确认" : "更正") + "的数值为准，如需更正请记录更正";
          differences++;
        }
        out.add(new Figure(key, f.path("label").asText(), value, f.path("unit").asText(), textOrNull(f.path("definition")),
            textOrNull(f.path("rules")), confirmedValue, liveValue, liveNote, amended));
      }
      sections.add(new Section(s.path("title").asText(), out));
    }
    List<AmendmentRow> rows = amendments.stream().map(a -> {
      JsonNode f = figures.get(a.key());
      return new AmendmentRow(a.id(), a.key(), f == null ? a.key() : f.path("label").asText().strip(),
          f == null ? "" : f.path("unit").asText(), a.previousValue(), a.newValue(), a.reason(), names.personWithGroups(a.amendedBy()),
          AuditTime.time(a.amendedAt().toInstant()));
    }).toList();
    Map<String, Long> register = new LinkedHashMap<>();
    stored.report().path("register").fields().forEachRemaining(e -> register.put(e.getKey(), e.getValue().asLong()));
    return new View(stored.year(), stored.report().path("title").asText(), sections, stored.report().path("durations"), register,
        true, "已确认", confirmation(stored, names), rows, differences, true, false, may.mayAmend(), may.userId(), null);
  }

  /** The confirmed year as an {@link AnnualFigures.Report}, amended values in place (for the CSV and the DOCX). */
  static AnnualFigures.Report asReport(View view, ObjectMapper json) {
    List<AnnualFigures.Section> sections = view.sections().stream().map(s -> new AnnualFigures.Section(s.title(),
        s.figures().stream().map(f -> new AnnualFigures.Figure(f.key(), f.label(), f.value(), f.unit(), f.definition(), f.rules()))
            .toList())).toList();
    List<AnnualFigures.Duration> durations;
    try {
      durations = view.durations() instanceof JsonNode node
          ? json.convertValue(node, new TypeReference<List<AnnualFigures.Duration>>() {})
          : castDurations(view.durations());
    } catch (IllegalArgumentException changedShape) {
      durations = List.of();
    }
    return new AnnualFigures.Report(view.year(), view.title(), sections, durations, view.register());
  }

  @SuppressWarnings("unchecked")
  private static List<AnnualFigures.Duration> castDurations(Object durations) {
    return durations instanceof List<?> list ? (List<AnnualFigures.Duration>) list : List.of();
  }

  /** The figures' stated values by key. */
  static Map<String, Number> values(View view) {
    Map<String, Number> out = new LinkedHashMap<>();
    view.sections().forEach(s -> s.figures().forEach(f -> out.put(f.key(), f.value())));
    return out;
  }

  private static Confirmation confirmation(AnnualConfirmations.Stored stored, Names names) {
    return new Confirmation(names.personWithGroups(stored.confirmedBy()), AuditTime.time(stored.confirmedAt().toInstant()),
        AuditTime.day(AuditTime.date(stored.confirmedAt())), stored.note());
  }

  static boolean same(Number a, Number b) {
    if (a == null || b == null) {
      return a == b;
    }
    return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
  }

  /** A stored plain number as a JSON-friendly number: whole numbers as Long, others as Double. */
  static Number number(String plain) {
    if (plain == null) {
      return null;
    }
    BigDecimal d = new BigDecimal(plain);
    return d.stripTrailingZeros().scale() <= 0 ? (Number) d.longValueExact() : (Number) d.doubleValue();
  }

  /** A number as a reader writes it: 12, 87.5. */
  static String text(Number n) {
    if (n == null) {
      return "—";
    }
    BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
