package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmCleanup (complete), R-ND-11: the legal office confirms the whole list of findings and
 * chooses where the three lists are published (configured channels, {@code
 * normflow.grounds.cleanup-publication-channel}).
 */
@Component("recordCleanupConfirmation")
class RecordCleanupConfirmation implements TaskListener {

  private final CleanupRepository registry;
  private final Grounds grounds;

  RecordCleanupConfirmation(CleanupRepository registry, Grounds grounds) {
    this.registry = registry;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    boolean confirmed = check.checked(LIST_CONFIRMED, "已逐件核对清理意见，确认清理结果");
    check.require(confirmed, "请勾选“已逐件核对清理意见，确认清理结果”");
    String channel = check.oneOf(CLEANUP_CHANNEL, "公布载体", grounds.codes(Grounds.CLEANUP_PUBLICATION_CHANNEL));
    String note = check.optionalText(CONFIRMATION_NOTE);
    check.require(note == null || note.length() <= 2000, "“审核意见”不能超过 2000 个字");
    check.verify();
    registry.confirm(((Number) task.getVariable(CLEANUP_ID)).longValue(), Actors.of(task), note,
        grounds.label(Grounds.CLEANUP_PUBLICATION_CHANNEL, channel));
  }
}
