package org.normflow.calendar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The working-day calendar as a bean for expressions and as the engine's business calendar; its
 * holiday table lives in the registry ({@link CalendarStore}), seeded from the shipped file.
 */
@Configuration
class CalendarConfiguration {

  @Bean
  CalendarStore calendarStore(JdbcClient jdbc,
      @Value("${normflow.calendar.holidays:classpath:calendar/holidays-cn.csv}") Resource holidays,
      @Value("${normflow.calendar.refresh-seconds:30}") long refreshSeconds) {
    CalendarStore store = new CalendarStore(jdbc, refreshSeconds);
    store.seed(HolidayTable.load(holidays), "随程序发布的节假日表（" + holidays.getFilename() + "）");
    return store;
  }

  @Bean
  WorkingDayCalendar workingDays(CalendarStore store,
      @Value("${normflow.calendar.zone:Asia/Shanghai}") String zone) {
    return new WorkingDayCalendar(store::current, ZoneId.of(zone));
  }

  @Bean
  ProcessEnginePlugin workingDayCalendarPlugin(WorkingDayCalendar workingDays, CalendarDeadlines deadlines) {
    TaskListener markProvisional = task -> {
      // a due date the model computes with workingDays.dueIn is recorded when it is provisional
      TaskDueDates.record(task, deadlines, workingDays);
      ProvisionalNotes.mark(task, deadlines, workingDays);
    };
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
          listeners = new ArrayList<>();
          configuration.setCustomPostBPMNParseListeners(listeners);
        }
        // a task whose due date is a provisional deadline says so in its description (Tasklist's 说明)
        listeners.add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, markProvisional);
          }
        });
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getBusinessCalendarManager() instanceof MapBusinessCalendarManager manager) {
          manager.addBusinessCalendar(WorkingDayBusinessCalendar.NAME, new WorkingDayBusinessCalendar(workingDays));
        }
      }
    };
  }
}
