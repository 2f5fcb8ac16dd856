package org.normflow.publication;

import static org.normflow.process.PublicationVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normflow.validation.FormCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.normflow.document.Rows.now;

/**
 * What is published with a document or a decision besides its text (issue 24 point 11), checked in the
 * publication step and kept in {@code nf_publication_explanation}:
 *
 * <ul>
 *   <li>the policy explanation (解读, 713 Art 32 for decisions, local rules for documents): its form, its text or
 *       where it is, and the day it was published, with the text (at most
 *       {@code normflow.publication.interpretation.max-days-after} days after it); refused when required and
 *       missing;
 *   <li>for a document that concerns operators' economic activity (the confirmed fact on the registry), the
 *       adjustment period (适应调整期, 722 Art 65): left, and then publication and effect are at least
 *       {@code normflow.publication.adjustment-min-days} days apart, or not left, with the reason.
 * </ul>
 */
@Component
public class PublicationExplanations {

  public static final String GIVEN = "GIVEN";
  public static final String NONE = "NONE";
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /** The forms of an explanation, in the form's words; NONE only where no rule requires one. */
  static final Map<String, String> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("TEXT", "文字解读");
    FORMS.put("GRAPHIC", "图表图解");
    FORMS.put("VIDEO", "音视频解读");
    FORMS.put("PRESS", "新闻发布会或者访谈");
    FORMS.put(NONE, "不另行解读");
  }

  /** The explanation as submitted and checked. */
  public record Interpretation(String form, String content, LocalDate publishedOn) {
    public String summary() {
      return NONE.equals(form) ? "政策解读：不另行解读"
          : "政策解读（" + FORMS.get(form) + "，" + publishedOn + " 发布）：" + content;
    }
  }

  /** The adjustment period as decided; null for a publication that does not record one (decisions). */
  public record Adjustment(String choice, Integer days, String note) {
    public String summary() {
      return switch (choice) {
        case GIVEN -> "适应调整期：自公布至施行 " + days + " 日" + (note == null ? "" : "；" + note);
        case NONE -> "适应调整期：不留，理由：" + note;
        default -> "适应调整期：不涉及经营者的经济活动";
      };
    }
  }

  private final PublicationSettings settings;
  private final JdbcClient jdbc;

  PublicationExplanations(PublicationSettings settings, JdbcClient jdbc) {
    this.settings = settings;
    this.jdbc = jdbc;
  }

  /** The explanation of a document's publication, its problems added to {@code check}. */
  public Interpretation forDocument(FormCheck check, LocalDate published) {
    return interpretation(check, published, settings.documentsRequired(),
        "本局规定规范性文件须同步发布政策解读");
  }

  /** The explanation of a decision's publication (713 Art 32), its problems added to {@code check}. */
  public Interpretation forDecision(FormCheck check, LocalDate published) {
    return interpretation(check, published, settings.decisionsRequired(),
        "重大行政决策公布时须进行宣传解读（《重大行政决策程序暂行条例》第三十二条）");
  }

  private Interpretation interpretation(FormCheck check, LocalDate published, boolean required,
      String rule) {
    String form = check.oneOf(INTERPRETATION_FORM, "政策解读形式", List.copyOf(FORMS.keySet()));
    if (form == null) {
      return null;
    }
    if (NONE.equals(form)) {
      check.require(!required, rule + "，不能选择“不另行解读”");
      return new Interpretation(form, null, null);
    }
    String content = check.text(INTERPRETATION_CONTENT, "政策解读内容或者发布位置", 4000);
    LocalDate on = check.date(INTERPRETATION_PUBLISHED_ON, "政策解读发布日期");
    if (on != null && published != null) {
      int max = settings.maxDaysAfter();
      check.require(!on.isBefore(published) && !on.isAfter(published.plusDays(max)), max == 0
          ? "“政策解读发布日期”（" + on + "）须与公布日期（" + published + "）为同一天：解读与文本同步发布"
          : "“政策解读发布日期”（" + on + "）须在公布日期（" + published + "）起 " + max + " 日内");
    }
    return new Interpretation(form, content, on);
  }

  /**
   * The adjustment period of a document (722 Art 65), its problems added to {@code check}; {@code market} is
   * the registry's confirmed fact that the document concerns operators' economic activity.
   */
  public Adjustment adjustment(FormCheck check, LocalDate published, LocalDate effective,
      boolean market) {
    String choice = check.oneOf(ADJUSTMENT_PERIOD, "适应调整期", List.of(GIVEN, NONE, NOT_APPLICABLE));
    if (choice == null) {
      return null;
    }
    String note = check.optionalText(ADJUSTMENT_NOTE);
    check.require(note == null || note.length() <= 4000, "“适应调整期说明”不能超过 4000 个字");
    if (NOT_APPLICABLE.equals(choice)) {
      check.require(!market, "本文件经认定涉及经营者的经济活动，须决定是否为经营者留出适应调整期"
          + "（《优化营商环境条例》第六十五条），不能选择“不涉及经营者的经济活动”");
      return new Adjustment(choice, null, null);
    }
    if (NONE.equals(choice)) {
      check.require(note != null, "不留适应调整期的，须在“适应调整期说明”中写明理由");
      return new Adjustment(choice, null, note);
    }
    Integer days = null;
    if (published != null && effective != null) {
      days = (int) ChronoUnit.DAYS.between(published, effective);
      int min = settings.adjustmentMinDays();
      check.require(days >= min, "施行日期距公布日期 " + days + " 日，不足适应调整期 " + min
          + " 日：请推后施行日期，或者选择“不留适应调整期”并写明理由");
    }
    return new Adjustment(choice, days, note);
  }

  /** Keeps what was published with the text (in the publication step's transaction). */
  public void record(String caseId, String caseType, LocalDate published, Interpretation interpretation,
      Adjustment adjustment, String actor) {
    jdbc.sql("INSERT INTO nf_publication_explanation (case_id, case_type, published_on, interpretation_form, "
            + "interpretation_content, interpretation_published_on, adjustment_period, adjustment_days, adjustment_note, "
            + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, caseType, published, interpretation.form(), interpretation.content(), interpretation.publishedOn(),
            adjustment == null ? null : adjustment.choice(), adjustment == null ? null : adjustment.days(),
            adjustment == null ? null : adjustment.note(), actor, now())
        .update();
  }
}
