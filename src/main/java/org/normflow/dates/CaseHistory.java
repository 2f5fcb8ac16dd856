package org.normflow.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * When the steps of one case were done, read from the engine's history over the whole case: the
 * case itself and the cases it called (a legality review, a consultation, a hearing), whoever asks.
 */
public final class CaseHistory {

  private final String processInstanceId;
  private List<String> instances;

  CaseHistory(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The day {@code activityId} was last completed in the case, or null when it never was. */
  LocalDate lastDone(String activityId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> {
      HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
      Date last = null;
      for (String instance : instances(history)) {
        for (HistoricActivityInstance done : history.createHistoricActivityInstanceQuery()
            .processInstanceId(instance).activityId(activityId).finished().list()) {
          if (done.getEndTime() != null && (last == null || done.getEndTime().after(last))) {
            last = done.getEndTime();
          }
        }
      }
      return last == null ? null : Dates.read(last);
    });
  }

  private List<String> instances(HistoryService history) {
    if (instances == null) {
      String root = processInstanceId;
      for (int depth = 0; depth < 10; depth++) {
        HistoricProcessInstance up = history.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult();
        if (up == null || up.getSuperProcessInstanceId() == null) {
          break;
        }
        root = up.getSuperProcessInstanceId();
      }
      instances = new ArrayList<>();
      instances.add(root);
      for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()) {
        if (!called.getId().equals(root)) {
          instances.add(called.getId());
        }
      }
    }
    return instances;
  }
}
