package org.normflow.decision;

import static org.normflow.process.PartyCommitteeVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.PartyCommittee.Answer;
import org.normflow.decision.PartyCommittee.Subject;
import org.normflow.process.DecisionCatalogueVariables;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PartyCommitteeConsent, Task_AdjustmentPartyCommitteeConsent (decision-catalogue) and
 * Task_PartyCommitteeReport (major-decision) (complete), issue 24 point 4, R-MD-01 and R-MD-19 (713 Art 3,
 * 31): the organ's office records the request to the same-level Party committee (党委/党组, date, document
 * number) and its answer (date, agreed or not, content, document number). The answer goes to NormFlow's
 * record ({@link PartyCommittee}), which the publication steps read; {@code partyCommitteeAgreed} (read by
 * the gateway after the step) is set here, never by the form.
 */
@Component("recordPartyCommitteeAnswer")
class RecordPartyCommitteeAnswer implements TaskListener {

  static final List<String> ANSWERS = List.of("AGREE", "DISAGREE");

  private final PartyCommittee committee;
  private final CatalogueService catalogue;
  private final DecisionRepository decisions;

  RecordPartyCommitteeAnswer(PartyCommittee committee, CatalogueService catalogue, DecisionRepository decisions) {
    this.committee = committee;
    this.catalogue = catalogue;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Subject subject = switch (task.getTaskDefinitionKey()) {
      case "Task_PartyCommitteeConsent" -> Subject.CATALOGUE;
      case "Task_AdjustmentPartyCommitteeConsent" -> Subject.CATALOGUE_ADJUSTMENT;
      case "Task_PartyCommitteeReport" -> Subject.DECISION;
      default -> throw new IllegalStateException("recordPartyCommitteeAnswer on " + task.getTaskDefinitionKey());
    };
    FormCheck check = FormCheck.of(task);
    String name = check.text(COMMITTEE, "党委（党组）名称", 200);
    LocalDate requested = check.date(REQUESTED_ON, "报请日期");
    String requestDoc = check.text(REQUEST_DOC_NO, "请示（报告）文号", 100);
    String answer = check.oneOf(ANSWER, "党委（党组）意见", ANSWERS);
    LocalDate answered = check.date(ANSWERED_ON, "答复日期");
    String content = check.text(ANSWER_CONTENT, "答复意见内容", 4000);
    String answerDoc = check.text(ANSWER_DOC_NO, "答复文号（会议纪要号、批复文号）", 100);
    check.verify();
    String key = subject == Subject.DECISION ? DecisionCase.id(task)
        : String.valueOf(task.getVariable(DecisionCatalogueVariables.YEAR));
    boolean agreed = "AGREE".equals(answer);
    committee.record(new Answer(subject, key, name, requested, requestDoc, answered, agreed, content, answerDoc,
        Actors.of(task)), task.getProcessInstanceId());
    String summary = name + "（" + requested + " 以 " + requestDoc + " 报请；" + answered + " " + answerDoc + "）："
        + (agreed ? "同意" : "不同意") + "。" + content;
    if (subject == Subject.CATALOGUE) {
      catalogue.partyCommitteeAnswered(Integer.parseInt(key), task.getProcessInstanceId(), agreed,
          DecisionCase.cap(summary), Actors.of(task));
    } else if (subject == Subject.CATALOGUE_ADJUSTMENT) {
      catalogue.recordEvent(Integer.parseInt(key), agreed ? "ADJUSTMENT_PARTY_CONSENTED" : "ADJUSTMENT_PARTY_REFUSED",
          DecisionCase.cap(summary + "\n调整事项：" + task.getVariable(DecisionCatalogueVariables.ADJUSTMENT_SUMMARY)),
          Actors.of(task));
    } else {
      decisions.addReport(key, DecisionRepository.PARTY_COMMITTEE_REPORT, DecisionCase.cap(summary), Actors.of(task));
    }
    task.setVariable(AGREED, agreed);
  }
}
