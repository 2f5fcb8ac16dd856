package org.normflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * R-C-02 (issue 23): a past year's annual figures confirmed by the legal office (年度数据确认) and the
 * amendments recorded afterwards. The confirmed report is kept whole as JSON ({@code nf_annual_confirmation});
 * a correction never rewrites it but adds a row to {@code nf_annual_amendment} with the value before, the new
 * value, the reason, who and when. Both tables are only ever inserted into: they are the record of these acts.
 * Who may act is decided by the caller ({@link AnnualReportController}); here: what may be stored.
 */
@Service
class AnnualConfirmations {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualConfirmations.class);
  static final int MAX_TEXT = 2000;

  /** A confirmation as stored: the year, the report as confirmed (JSON), the note, who and when. */
  record Stored(int year, JsonNode report, String note, String confirmedBy, Timestamp confirmedAt) {}

  /** One recorded amendment of a confirmed figure. */
  record Amendment(long id, String key, String previousValue, String newValue, String reason, String amendedBy,
      Timestamp amendedAt) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  AnnualConfirmations(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<Stored> find(int year) {
    return jdbc.sql("SELECT report_year, figures, note, confirmed_by, confirmed_at FROM nf_annual_confirmation WHERE report_year = ?")
        .param(year).query((rs, n) -> new Stored(rs.getInt(1), parse(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5))).optional();
  }

  List<Amendment> amendments(int year) {
    return jdbc.sql("SELECT id, figure_key, previous_value, new_value, reason, amended_by, amended_at FROM nf_annual_amendment "
            + "WHERE report_year = ? ORDER BY id")
        .param(year).query((rs, n) -> new Amendment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7))).list();
  }

  /** Whether the year has ended on the engine's clock (Beijing time): only then may it be confirmed. */
  static boolean ended(int year) {
    return year < AuditTime.today().getYear();
  }

  /** Keeps the report as confirmed; refused for a year not yet ended or confirmed before. */
  @Transactional
  Stored confirm(AnnualFigures.Report report, String note, String userId) {
    int year = report.year();
    String why = text(note, "确认说明", false);
    if (!ended(year)) {
      throw new FormValidationException(List.of(year + " 年度尚未结束（今天是 " + AuditTime.day(AuditTime.today())
          + "），年度数据须在该年度结束后确认"));
    }
    find(year).ifPresent(done -> {
      throw new ResponseStatusException(HttpStatus.CONFLICT, year + " 年度数据已于 " + AuditTime.time(done.confirmedAt().toInstant())
          + " 确认，不能重复确认；如需更正某项数据，请记录更正");
    });
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    String figures;
    try {
      figures = json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    try {
      jdbc.sql("INSERT INTO nf_annual_confirmation (report_year, figures, note, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?)")
          .params(year, figures, why, userId, now).update();
    } catch (DuplicateKeyException race) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, year + " 年度数据刚刚已由他人确认，不能重复确认，请刷新后查看");
    }
    LOG.info("R-C-02: annual figures of {} confirmed by {}", year, userId);
    return new Stored(year, parse(figures), why, userId, now);
  }

  /** Records a correction of one confirmed figure: known key, a non-negative number, a reason. */
  @Transactional
  Amendment amend(int year, String key, Object value, String reason, String userId) {
    Stored stored = find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
        year + " 年度数据尚未确认：确认前的统计随案件实时计算，无需更正；请先确认年度数据"));
    List<String> problems = new ArrayList<>();
    JsonNode figure = key == null || key.isBlank() ? null : figures(stored.report()).get(key);
    if (key == null || key.isBlank()) {
      problems.add("请选择要更正的指标");
    } else if (figure == null) {
      problems.add("没有这项指标，请从已确认的指标中选择");
    }
    BigDecimal number = number(value, figure, problems);
    String why = text(reason, "更正理由", true, problems);
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    List<Amendment> before = amendments(year).stream().filter(a -> a.key().equals(key)).toList();
    String previous = before.isEmpty() ? plain(figure.path("value")) : before.get(before.size() - 1).newValue();
    String next = number.stripTrailingZeros().toPlainString();
    if (previous != null && !previous.isEmpty() && new BigDecimal(previous).compareTo(number) == 0) {
      throw new FormValidationException(List.of("“" + figure.path("label").asText().strip() + "”现为 " + previous
          + "，与更正后的数值相同，无需更正"));
    }
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    jdbc.sql("INSERT INTO nf_annual_amendment (report_year, figure_key, previous_value, new_value, reason, amended_by, "
            + "amended_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(year, key, previous, next, why, userId, now).update();
    long id = jdbc.sql("SELECT MAX(id) FROM nf_annual_amendment WHERE report_year = ? AND figure_key = ?").params(year, key)
        .query(Long.class).single();
    LOG.info("R-C-02: annual figure {} of {} amended by {}: {} -> {}", key, year, userId, previous, next);
    return new Amendment(id, key, previous, next, why, userId, now);
  }

  /** The confirmed report's figures by key (in their order). */
  static Map<String, JsonNode> figures(JsonNode report) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    report.path("sections").forEach(s -> s.path("figures").forEach(f -> out.put(f.path("key").asText(), f)));
    return out;
  }

  /** A JSON number as plain text (no exponent), or null. */
  static String plain(JsonNode value) {
    return value == null || !value.isNumber() ? null : value.decimalValue().stripTrailingZeros().toPlainString();
  }

  private static BigDecimal number(Object value, JsonNode figure, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add("请填写更正后的数值");
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      problems.add("更正后的数值须为数字");
      return null;
    }
    if (number.signum() < 0) {
      problems.add("更正后的数值不能为负数");
      return null;
    }
    if (figure == null) {
      return number;
    }
    boolean rate = "%".equals(figure.path("unit").asText());
    if (rate && number.compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add("比率不能超过 100%");
    } else if (rate && number.stripTrailingZeros().scale() > 1) {
      problems.add("比率最多保留一位小数");
    } else if (!rate && number.stripTrailingZeros().scale() > 0) {
      problems.add("“" + figure.path("label").asText().strip() + "”以" + figure.path("unit").asText() + "计，须为整数");
    } else if (number.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
      problems.add("更正后的数值过大");
    }
    return number;
  }

  private static String text(String value, String label, boolean required) {
    List<String> problems = new ArrayList<>();
    String out = text(value, label, required, problems);
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    return out;
  }

  private static String text(String value, String label, boolean required, List<String> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (required) {
        problems.add("请写明" + label);
      }
      return null;
    }
    if (v.length() > MAX_TEXT) {
      problems.add("“" + label + "”不能超过 " + MAX_TEXT + " 字");
    }
    String problem = PlainText.problem(label, v);
    if (problem != null) {
      problems.add(problem);
    }
    return v;
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
