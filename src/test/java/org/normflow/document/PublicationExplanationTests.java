package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.decision.DecisionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24 point 11 at a document's publication: the policy explanation (解读, local rules: required by default)
 * is published with the text, and a document that concerns operators' economic activity decides its adjustment
 * period (适应调整期, 722 Art 65; R-ND-08): left, with publication and effect at least 30 days apart, or not, with
 * the reason. Refused when missing; kept on the record.
 */
class PublicationExplanationTests extends DocumentTestBase {

  @Autowired JdbcClient jdbc;

  ProcessInstance toPublication(String id, String title, boolean market) {
    ProcessInstance pi = driver.toDeliberation(id, title, market);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    assertThat(pi).isWaitingAt("Task_Publication");
    return pi;
  }

  Map<String, Object> explanationRow(String id) {
    return jdbc.sql("SELECT * FROM nf_publication_explanation WHERE case_id = ?").param(id).query().singleRow();
  }

  @Test
  @DisplayName("R-ND-08 722 Art 65 a document that concerns operators' economic activity decides its adjustment period at publication: not 不涉及, at least 30 days when left, a reason when not; recorded")
  void adjustmentPeriodOfAMarketDocument() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toPublication(id, "危险化学品经营许可实施细则", true);
    LocalDate published = driver.today();
    Map<String, Object> values = DocumentDriver.publicationValues(published, published.plusDays(30), null, null);

    values.put("adjustmentPeriod", "NOT_APPLICABLE");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("涉及经营者的经济活动").hasMessageContaining("第六十五条");
    values.remove("adjustmentPeriod");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("请选择“适应调整期”");
    // left, but effect after 20 days on an early-effect ground: too short for the adjustment period
    Map<String, Object> early = DocumentDriver.publicationValues(published, published.plusDays(20),
        DocumentDriver.EARLY_GROUND, "汛期临近");
    early.put("adjustmentPeriod", "GIVEN");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", early))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("施行日期距公布日期 20 日，不足适应调整期 30 日");
    early.put("adjustmentPeriod", "NONE");
    early.remove("adjustmentNote");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", early))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不留适应调整期的，须在“适应调整期说明”中写明理由");
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(documents.get(id).publishedOn()).isNull();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_publication_explanation WHERE case_id = ?").param(id)
        .query(Integer.class).single()).isZero();

    values.put("adjustmentPeriod", "GIVEN");
    values.put("adjustmentNote", "经营单位须在施行前更新储存场所安全评价报告");
    driver.complete(pi.getId(), "Task_Publication", values);
    assertThat(explanationRow(id)).containsEntry("CASE_TYPE", "DOCUMENT").containsEntry("ADJUSTMENT_PERIOD", "GIVEN")
        .containsEntry("ADJUSTMENT_DAYS", 30).containsEntry("INTERPRETATION_FORM", "TEXT")
        .containsEntry("ADJUSTMENT_NOTE", "经营单位须在施行前更新储存场所安全评价报告");
  }

  @Test
  @DisplayName("R-ND-08 local rules (stricter default): a document is published with its 解读, the same day; refused without it, recorded with it")
  void interpretationRequired() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toPublication(id, "应急预案管理办法", false);
    LocalDate published = driver.today();
    Map<String, Object> values = DocumentDriver.publicationValues(published, published.plusDays(30), null, null);

    values.put("interpretationForm", "NONE");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("须同步发布政策解读").hasMessageContaining("不另行解读");
    values.remove("interpretationForm");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("请选择“政策解读形式”");
    values.put("interpretationForm", "VIDEO");
    values.put("interpretationContent", " ");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("政策解读内容或者发布位置");
    // a 解读 dated in the future, and one published before the text, are refused (R-ND-16)
    values.put("interpretationContent", "图解：应急预案管理办法");
    values.put("interpretationPublishedOn", published.plusDays(1).toString());
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("“政策解读发布日期”（" + published.plusDays(1) + "）不能晚于今天");
    driver.advanceDays(2);
    LocalDate later = driver.today();
    Map<String, Object> notWithIt = DocumentDriver.publicationValues(published, published.plusDays(30), null, null);
    notWithIt.put("interpretationPublishedOn", later.toString());
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", notWithIt))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("须与公布日期（" + published + "）为同一天");
    assertThat(pi).isWaitingAt("Task_Publication");

    Map<String, Object> honest = DocumentDriver.publicationValues(later, later.plusDays(30), null, null);
    honest.put("interpretationForm", "GRAPHIC");
    honest.put("adjustmentPeriod", "NOT_APPLICABLE");
    driver.complete(pi.getId(), "Task_Publication", honest);
    assertThat(explanationRow(id)).containsEntry("INTERPRETATION_FORM", "GRAPHIC")
        .containsEntry("INTERPRETATION_CONTENT", "《关于本文件的政策解读》，本机关门户网站政策解读栏目")
        .containsEntry("ADJUSTMENT_PERIOD", "NOT_APPLICABLE");
    assertThat(((java.sql.Date) explanationRow(id).get("INTERPRETATION_PUBLISHED_ON")).toLocalDate()).isEqualTo(later);
  }
}
