package org.normflow.dates;

import static org.normflow.process.RecordVariables.LATE_RECORD_GROUND;
import static org.normflow.process.RecordVariables.LATE_RECORD_REASON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * R-ND-16, for every form of every model: each date a form writes is checked against today and the
 * record before the step's own listeners run ({@link DateRules} says what each date claims). A date
 * that happened is never in the future, never before the step it follows, and never before the task
 * that records it existed unless a late-record ground and reason are given (both stay in the case file
 * as form values); a planned date is never in the past. A refusal names the typed date and the date it
 * collides with, and changes nothing (the step's transaction is rolled back).
 */
@Component
class RecordedDates extends AbstractProcessEnginePlugin {

  private final DateRules rules;
  private final WorkingDayCalendar calendar;
  private final Grounds grounds;

  RecordedDates(DateRules rules, WorkingDayCalendar workingDays, Grounds grounds) {
    this.rules = rules;
    this.calendar = workingDays;
    this.grounds = grounds;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (!rules.of(form).isEmpty()) {
          TaskListener check = task -> checkTask(form, task);
          var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
          if (rules.recordsEvents(form)) {
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, RecordedDates::forgetEarlierLateRecord);
          }
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (scope instanceof ProcessDefinitionEntity && !rules.of(form).isEmpty()) {
          ExecutionListener check = execution -> checkStart(form, execution);
          startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, check);
        }
      }
    });
  }

  /**
   * A late-record ground belongs to the step it was given with (the case file keeps it there); the
   * next step starts without one, so its form does not offer it prefilled and its check does not read it.
   */
  static void forgetEarlierLateRecord(DelegateTask task) {
    if (task.getExecution() != null) {
      for (String name : List.of(LATE_RECORD_GROUND, LATE_RECORD_REASON)) {
        if (task.getExecution().hasVariable(name)) {
          task.getExecution().removeVariable(name);
        }
      }
    }
  }

  private void checkTask(String form, DelegateTask task) {
    check(form, task, task.getProcessInstanceId(), task.getCreateTime(), task.getName());
  }

  private void checkStart(String form, DelegateExecution execution) {
    check(form, execution, execution.getProcessInstanceId(), null, null);
  }

  void check(String form, VariableScope scope, String processInstanceId, Date created, String step) {
    FormCheck check = FormCheck.of(scope);
    LocalDate today = calendar.today();
    LocalDate createdOn = Dates.read(created);
    CaseHistory history = new CaseHistory(processInstanceId);
    List<String> beforeTask = new ArrayList<>();
    for (DateRule rule : rules.of(form)) {
      // a value that is no date at all is the step's own listener's to report, with its other problems
      LocalDate date = FormCheck.of(scope).optionalDate(rule.field(), rule.label());
      if (date == null) {
        continue;
      }
      String typed = "“" + rule.label() + "”（" + date + "）";
      if (rule.kind() == DateKind.HAPPENED) {
        check.require(!date.isAfter(today), typed + "不能晚于今天（" + today + "）：已经发生的事项不能填写将来的日期");
        if (createdOn != null && date.isBefore(createdOn)) {
          beforeTask.add(typed + "不能早于本环节任务“" + step + "”生成之日（" + createdOn + "）");
        }
      } else {
        LocalDate earliest = today.plusDays(rule.daysAhead().getAsInt());
        check.require(!date.isBefore(earliest), earliest.equals(today)
            ? typed + "不能早于今天（" + today + "）：计划的日期不能在过去"
            : typed + "不能早于 " + earliest + "：最早为今天（" + today + "）起第 " + rule.daysAhead().getAsInt() + " 日");
      }
      for (Earlier earlier : rule.notBefore()) {
        LocalDate before = earlier.on(scope, history);
        check.require(before == null || !date.isBefore(before),
            typed + "不能早于" + earlier.label() + "（" + before + "）");
      }
      if (rule.sameAs() != null) {
        LocalDate announced = rule.sameAs().on(scope, history);
        check.require(announced == null || date.equals(announced),
            typed + "与" + rule.sameAs().label() + "（" + announced + "）不一致：须按已公告的日期办理，改期须重新公告");
      }
    }
    lateRecord(check, scope, beforeTask);
    check.verify();
  }

  /** A date before its task existed is a late record: allowed only with a ground from the list and a reason. */
  private void lateRecord(FormCheck check, VariableScope scope, List<String> beforeTask) {
    Object ground = scope.getVariable(LATE_RECORD_GROUND);
    boolean given = ground != null && !ground.toString().isBlank();
    if (beforeTask.isEmpty()) {
      check.require(!given, "所填日期均不早于本环节任务生成之日，不属于事后补录，请清空“补录依据”后提交");
    } else if (!given) {
      beforeTask.forEach(problem -> check.require(false,
          problem + "：请按实际办理日期填写；确属事后补录的，须选择“补录依据”并写明“补录说明”"));
    } else {
      check.oneOf(LATE_RECORD_GROUND, "补录依据", grounds.codes(Grounds.LATE_RECORD));
      check.text(LATE_RECORD_REASON, "补录说明", 2000);
    }
  }
}
