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

/**
 * R-ND-16 (R-ND-08, R-ND-09, R-ND-14, R-C-02) on a whole normative document, the examples of issue 22:
 * a typed date is checked against today and the recorded steps; nothing a refused step typed takes effect.
 */
class DatesOnTheRecordTests extends DocumentTestBase {

  @Test
  @DisplayName("R-ND-16 R-ND-08 a back-dated publication is refused: no effective-date or filing timer fires in the past, nothing is published")
  void backDatedPublicationRefused() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "倒签公布日期的文件", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate today = driver.today();
    LocalDate backDated = today.minusDays(67);
    assertThatThrownBy(() -> driver.publish(pi, backDated, backDated.plusDays(31), null))
        .satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("“公布日期”（" + backDated + "）不能早于签发日期（" + today + "）")
        .hasMessageContaining("不能早于本环节任务“" + driver.task(pi.getId(), "Task_Publication").getName() + "”生成之日（" + today + "）");
    // the same with a late-record ground: the signing date still bounds it
    Map<String, Object> late = DocumentDriver.publicationValues(backDated, backDated.plusDays(31), null, null);
    late.putAll(Map.of("lateRecordGround", "SYSTEM_OUTAGE", "lateRecordReason", "补录"));
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", late))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于签发日期（" + today + "）")
        .hasMessageContaining("“施行日期”（" + backDated.plusDays(31) + "）不能早于今天（" + today + "）");
    // a date in the future is not a publication that happened
    assertThatThrownBy(() -> driver.publish(pi, today.plusDays(1), today.plusDays(31), null))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能晚于今天（" + today + "）");
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(documents.get(id).publishedOn()).isNull();
    assertThat(documents.get(id).stage()).isNotEqualTo(Stage.IN_FORCE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
  }

  @Test
  @DisplayName("R-ND-16 R-ND-14 signing cannot precede the deliberation, nor the deliberation the legality review's conclusion")
  void orderOfDeliberationAndSigning() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "审议日期早于审核结论的文件", false);
    LocalDate concluded = driver.today();
    driver.advanceDays(2);
    Map<String, Object> early = DocumentDriver.deliberationValues("APPROVED");
    early.putAll(Map.of("meetingDate", concluded.minusDays(1).toString(), "lateRecordGround", "OFFLINE_URGENT",
        "lateRecordReason", "紧急情况先行召开会议"));
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Deliberation", early))
        .satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("“会议日期”（" + concluded.minusDays(1) + "）不能早于合法性审核作出结论之日（" + concluded + "）");
    assertThat(documents.deliberations(id)).isEmpty();
    // a meeting held after the conclusion, recorded two days later: no ground needed
    Map<String, Object> held = DocumentDriver.deliberationValues("APPROVED");
    held.put("meetingDate", concluded.plusDays(1).toString());
    driver.complete(pi.getId(), "Task_Deliberation", held);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Signing", Map.of("signingDecision", "SIGN", "signedOn", concluded.toString(),
        "lateRecordGround", "SYSTEM_OUTAGE", "lateRecordReason", "补录")))
        .satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("“签发日期”（" + concluded + "）不能早于审议会议日期（" + concluded.plusDays(1) + "）");
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.get(id).signedOn()).isNull();
  }

  @Test
  @DisplayName("R-ND-16 R-ND-09 a filing dated before the document was published or before its filing task is refused")
  void filingDatedBeforeItCouldHappen() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "倒签备案日期的文件", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate published = driver.today();
    driver.publish(pi, published, published.plusDays(30), null);
    assertThatThrownBy(() -> driver.file(pi, published.minusDays(54)))
        .satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("“报送备案日期”（" + published.minusDays(54) + "）不能早于本环节任务");
    Map<String, Object> late = DocumentDriver.filingValues(published.minusDays(54));
    late.putAll(Map.of("lateRecordGround", "SYSTEM_OUTAGE", "lateRecordReason", "补录"));
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Filing", late)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("不能早于公布日期（" + published + "）");
    assertThat(documents.get(id).filedOn()).isNull();
  }

  @Test
  @DisplayName("R-ND-16 R-C-02 a true late record is accepted with its ground and reason, which stay in the record")
  void lateRecordWithGround() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "补录公布日期的文件", false);
    driver.deliberate(pi, "APPROVED");
    LocalDate signed = driver.today();
    driver.advanceDays(3);
    // signed on the day, recorded three days later (after its task existed: no ground needed)
    driver.complete(pi.getId(), "Task_Signing", Map.of("signingDecision", "SIGN", "signedOn", signed.toString()));
    // published the day after signing, recorded two days later: earlier than the publication task
    LocalDate published = signed.plusDays(1);
    Map<String, Object> values = DocumentDriver.publicationValues(published, published.plusDays(30), null, null);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("补录依据");
    values.putAll(Map.of("lateRecordGround", "NO_SUCH_GROUND", "lateRecordReason", "补录"));
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("“补录依据”的取值");
    values.put("lateRecordGround", "SYSTEM_OUTAGE");
    values.put("lateRecordReason", "公布当日系统故障，次日恢复后补录");
    driver.complete(pi.getId(), "Task_Publication", values);
    assertThat(documents.get(id).publishedOn()).isEqualTo(published);
    // the ground and reason stay in the record as values submitted with the publication step (the case file's source)
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list())
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .anyMatch(u -> "lateRecordReason".equals(u.getVariableName()) && "公布当日系统故障，次日恢复后补录".equals(u.getValue()))
        .anyMatch(u -> "lateRecordGround".equals(u.getVariableName()) && "SYSTEM_OUTAGE".equals(u.getValue()));
    // an honest step needs no ground, and a ground where none is needed is refused as misleading
    Map<String, Object> filing = DocumentDriver.filingValues(driver.today());
    filing.put("lateRecordGround", "SYSTEM_OUTAGE");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Filing", filing)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("不属于事后补录");
    driver.file(pi, driver.today());
    assertThat(documents.get(id).filedOn()).isEqualTo(driver.today());
  }
}
