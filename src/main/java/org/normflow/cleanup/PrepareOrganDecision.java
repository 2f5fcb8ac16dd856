package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PrepareOrganDecision (periodic-cleanup, document-validity), R-ND-10, R-ND-11: the legal
 * office has reviewed; the matter goes to the organ. Opens the decision on the record with who decides
 * (configured: {@code normflow.cleanup.decided-by}, {@code normflow.validity.decided-by}) and sets what
 * the head's task or the organ's meeting (organ-meeting) is given: the matter, the options, the case's
 * reference. A decision returned and put again is a new decision.
 */
@Component("prepareOrganDecision")
class PrepareOrganDecision implements JavaDelegate {

  private final OrganDecisionRepository decisions;
  private final OrganDecisions organ;
  private final CleanupRepository registry;

  PrepareOrganDecision(OrganDecisionRepository decisions, OrganDecisions organ, CleanupRepository registry) {
    this.decisions = decisions;
    this.organ = organ;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessDefinitionId().split(":")[0];
    String subject = OrganDecisions.subjectOf(key);
    String matter;
    String reference;
    String subjectRef;
    if (OrganDecisionRepository.CLEANUP.equals(subject)) {
      long id = ((Number) execution.getVariable(CLEANUP_ID)).longValue();
      subjectRef = String.valueOf(id);
      reference = "清理第 " + id + " 轮";
      matter = "审定" + execution.getVariable(CLEANUP_TITLE) + "的结果：继续有效、废止、失效文件目录（法制机构已审核）";
      registry.setStatus(id, "DECIDING");
    } else {
      String documentId = (String) execution.getVariable(DOCUMENT_ID);
      CleanupRepository.Doc doc = registry.document(documentId).orElseThrow();
      subjectRef = documentId;
      reference = doc.docNumber();
      matter = "决定《" + doc.title() + "》（" + doc.docNumber() + "，有效期至 " + doc.validUntil()
          + "）有效期届满后是否继续施行（起草科室已评估，法制机构已审核）";
      registry.event(documentId, "SUBMITTED_TO_ORGAN", matter, doc.docNumber(), null, doc.validUntil(), null, null,
          null, null, null);
    }
    String mode = organ.decidedBy(subject);
    long id = decisions.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), subject, subjectRef,
        mode);
    execution.setVariable(ORGAN_DECISION_ID, id);
    execution.setVariable(ORGAN_DECIDED_BY, mode);
    execution.setVariable(MEETING_MATTER, matter);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(MEETING_OPTIONS, Variables.objectValue(new ArrayList<>(organ.optionList(subject)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.removeVariable(ORGAN_DECISION);
    execution.removeVariable(ORGAN_DECISION_REASON);
    execution.removeVariable(MEETING_DECISION);
  }
}
