package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmCleanup (complete), R-ND-11: the legal office reviews the units' proposals. It either
 * submits the whole list to the organ (the head or the organ's meeting decides, then signs; the lists are
 * published only after that), or sends named proposals back to their units with a reason: those units
 * propose again (the review runs again for those documents only). The legal office decides nothing itself.
 */
@Component("recordCleanupConfirmation")
class RecordCleanupConfirmation implements TaskListener {

  private final CleanupRepository registry;

  RecordCleanupConfirmation(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conclusion = check.oneOf(LEGAL_REVIEW_CONCLUSION, "审核结论", List.of("CONFIRM", "RETURN"));
    String note = check.optionalText(CONFIRMATION_NOTE);
    check.require(note == null || note.length() <= 2000, "“审核意见”不能超过 2000 个字");
    long cleanupId = ((Number) task.getVariable(CLEANUP_ID)).longValue();
    List<String> returned = new ArrayList<>();
    String reason = null;
    if ("CONFIRM".equals(conclusion)) {
      boolean confirmed = check.checked(LIST_CONFIRMED, "已逐件核对清理意见，同意报请机关决定");
      check.require(confirmed, "请勾选“已逐件核对清理意见，同意报请机关决定”");
    } else if ("RETURN".equals(conclusion)) {
      String numbers = check.text(RETURNED_DOC_NUMBERS, "退回的文件文号", 4000);
      reason = check.text(RETURN_REASON, "退回理由", 2000);
      if (numbers != null) {
        Map<String, String> items = registry.itemsByNumber(cleanupId);
        Set<String> named = new LinkedHashSet<>();
        for (String number : numbers.split("[、，,;；\\s]+")) {
          if (!number.isBlank()) {
            named.add(number.trim());
          }
        }
        for (String number : named) {
          if (items.containsKey(number)) {
            returned.add(items.get(number));
          } else {
            check.require(false, "“退回的文件文号”中的“" + number + "”不是本轮清理的文件");
          }
        }
        check.require(!named.isEmpty(), "请填写“退回的文件文号”");
      }
    }
    check.verify();
    if ("RETURN".equals(conclusion)) {
      for (String documentId : returned) {
        registry.returnProposal(cleanupId, documentId, reason);
      }
      registry.setStatus(cleanupId, "REVIEWING");
      task.getExecution().setVariable(CLEANUP_DOCUMENT_IDS, Variables.objectValue(returned)
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      task.getExecution().setVariable(PROPOSALS_RETURNED, true);
    } else {
      registry.confirm(cleanupId, Actors.of(task), note);
      task.getExecution().setVariable(PROPOSALS_RETURNED, false);
    }
  }
}
