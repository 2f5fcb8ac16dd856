package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.identity.Groups;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RegisterAbolition (document-abolition), R-ND-11, R-ND-07: the legal office proposes to
 * abolish a numbered document in force outside a cleanup (found unlawful on filing review, replaced by a
 * new document, its superior law changed), on a configured ground ({@code normflow.grounds.abolition})
 * with a reason; a document replaced names its replacement. A numbered document is never simply
 * withdrawn: the proposal is recorded and goes to the head.
 */
@Component("registerAbolition")
class RegisterAbolition implements JavaDelegate {

  private final CleanupRepository registry;
  private final Grounds grounds;
  private final PlanValidity names;

  RegisterAbolition(CleanupRepository registry, Grounds grounds, PlanValidity names) {
    this.registry = registry;
    this.grounds = grounds;
    this.names = names;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String starter = Actors.of(execution);
    if (starter == null || execution.getProcessEngineServices().getIdentityService().createGroupQuery()
        .groupMember(starter).groupId(Groups.ID_LEGAL_OFFICE).count() == 0) {
      throw new org.normflow.validation.RoleRefusedException("废止规范性文件只能由法制机构提出");
    }
    FormCheck check = FormCheck.of(execution);
    String number = check.text(ABOLITION_DOC_NUMBER, "拟废止文件的文号", 100);
    String ground = check.oneOf(ABOLITION_GROUND, "废止理由类别", grounds.codes(Grounds.ABOLITION));
    String reason = check.text(ABOLITION_REASON, "废止的具体理由", 4000);
    String replacement = check.optionalText(REPLACEMENT_DOC_NUMBER);
    String channel = check.oneOf(ABOLITION_CHANNEL, "公布载体", grounds.codes(Grounds.CLEANUP_PUBLICATION_CHANNEL));
    check.verify();
    CleanupRepository.Doc doc = registry.documentByNumber(number)
        .orElseThrow(() -> new FormValidationException(List.of("登记簿中没有文号为“" + number + "”的规范性文件")));
    if (!CleanupRepository.IN_FORCE.equals(doc.stage())) {
      throw new FormValidationException(List.of("文号为“" + number + "”的文件现在不是有效文件，不能废止"));
    }
    registry.pendingAbolition(doc.id()).ifPresent(pending -> {
      // a second proposal would leave the head two decisions on one document, the second on a document gone
      throw new FormValidationException(List.of("文号为“" + number + "”的文件已有一项待主要负责人决定的废止建议（第 "
          + pending + " 号），不能重复提出"));
    });
    if ("REPLACED".equals(ground)) {
      if (replacement == null) {
        throw new FormValidationException(List.of("废止理由为“已被新制定的规范性文件替代”时，请填写替代文件的文号"));
      }
      CleanupRepository.Doc newDoc = registry.documentByNumber(replacement)
          .orElseThrow(() -> new FormValidationException(List.of("登记簿中没有文号为“" + replacement + "”的替代文件")));
      if (!CleanupRepository.IN_FORCE.equals(newDoc.stage()) || newDoc.id().equals(doc.id())) {
        throw new FormValidationException(List.of("替代文件“" + replacement + "”须为另一件有效文件"));
      }
    }
    long id = registry.proposeAbolition(execution.getProcessInstanceId(), doc.id(), ground, reason,
        "REPLACED".equals(ground) ? replacement : null, grounds.label(Grounds.CLEANUP_PUBLICATION_CHANNEL, channel),
        starter);
    execution.setVariable(ABOLITION_ID, id);
    execution.setVariable(DOCUMENT_ID, doc.id());
    execution.setVariable(TITLE, doc.title());
    execution.setVariable(DOC_NUMBER, doc.docNumber());
    execution.setVariable(ISSUING_UNIT, doc.issuingUnit());
    execution.setVariable(DOC_TYPE, doc.docType());
    execution.setVariable(DRAFTING_UNIT_NAME, names.unitName(doc.draftingUnit()));
    execution.setVariable(VALID_UNTIL_TEXT, doc.validUntil() == null ? null : doc.validUntil().toString());
    execution.setVariable(ABOLITION_GROUND_LABEL, grounds.label(Grounds.ABOLITION, ground));
  }
}
