package org.normflow.calendar;

import java.time.ZoneId;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The working-day calendar as a bean for expressions and as the engine's business calendar. */
@Configuration
class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDays(
      @Value("${normflow.calendar.holidays:classpath:calendar/holidays-cn.csv}") Resource holidays,
      @Value("${normflow.calendar.zone:Asia/Shanghai}") String zone) {
    return new WorkingDayCalendar(HolidayTable.load(holidays), ZoneId.of(zone));
  }

  @Bean
  ProcessEnginePlugin workingDayCalendarPlugin(WorkingDayCalendar workingDays) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getBusinessCalendarManager() instanceof MapBusinessCalendarManager manager) {
          manager.addBusinessCalendar(WorkingDayBusinessCalendar.NAME, new WorkingDayBusinessCalendar(workingDays));
        }
      }
    };
  }
}
