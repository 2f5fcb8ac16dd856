package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.identity.Groups;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenCleanup (periodic-cleanup), R-ND-11: opens a cleanup round in the registry and selects
 * the documents due in one statement. The periodic round (started by cleanup-schedule on {@code
 * normflow.cleanup.cycle}, with {@code periodicRound} which no form can send) reviews every document in force; a special cleanup
 * (专项清理), started by the legal office only, reviews those in its scope: documents whose legal basis
 * names a repealed law, or documents that concern operators' economic activity, or all. Sets the
 * multi-instance collection {@code cleanupDocumentIds}.
 */
@Component("openCleanup")
class OpenCleanup implements JavaDelegate {

  static final List<String> SCOPES = List.of("ALL", "LEGAL_BASIS", "MARKET");

  private final CleanupRepository registry;
  private final WorkingDayCalendar calendar;

  OpenCleanup(CleanupRepository registry, WorkingDayCalendar calendar) {
    this.registry = registry;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean special = !Boolean.TRUE.equals(execution.getVariable(PERIODIC_ROUND));
    String starter = Actors.of(execution);
    String scope = "ALL";
    String legalBasis = null;
    String reason = null;
    if (special) {
      if (starter == null || execution.getProcessEngineServices().getIdentityService().createGroupQuery()
          .groupMember(starter).groupId(Groups.ID_LEGAL_OFFICE).count() == 0) {
        throw new org.normflow.validation.RoleRefusedException("专项清理只能由法制机构发起");
      }
      FormCheck check = FormCheck.of(execution);
      scope = check.oneOf(CLEANUP_SCOPE, "清理范围", SCOPES);
      if ("LEGAL_BASIS".equals(scope)) {
        legalBasis = check.text(SCOPE_LEGAL_BASIS, "已废止或修改的上位法名称", 200);
        check.require(legalBasis == null || legalBasis.length() >= 2, "“已废止或修改的上位法名称”至少 2 个字");
      }
      reason = check.text(CLEANUP_REASON, "开展专项清理的原因", 2000);
      check.verify();
    }
    LocalDate today = calendar.today();
    long id = registry.openRound(execution.getProcessInstanceId(), special ? "SPECIAL" : "PERIODIC", scope, legalBasis,
        reason, starter, today);
    List<String> ids = registry.selectDocuments(id, scope, legalBasis);
    execution.setVariable(CLEANUP_ID, id);
    // the round's business key: the organ's meeting (organ-meeting) is keyed by its caller's (issue 24)
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey("CLEANUP-" + id);
    }
    execution.setVariable(CLEANUP_TITLE, title(special, scope, legalBasis, today, ids.size()));
    execution.setVariable(CLEANUP_DOCUMENT_IDS, Variables.objectValue(new ArrayList<>(ids))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }

  static String title(boolean special, String scope, String legalBasis, LocalDate on, int count) {
    String what = switch (scope) {
      case "LEGAL_BASIS" -> "依据《" + legalBasis + "》制定的规范性文件专项清理";
      case "MARKET" -> "涉及经营者经济活动的规范性文件专项清理";
      default -> special ? "规范性文件全面专项清理" : "规范性文件定期清理";
    };
    return on.getYear() + "年" + what + "（" + on + " 启动，共 " + count + " 件）";
  }
}
