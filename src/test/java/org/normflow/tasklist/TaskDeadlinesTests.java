package org.normflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.normflow.calendar.HolidayTable;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.core.io.ClassPathResource;

class TaskDeadlinesTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final WorkingDayCalendar calendar =
      new WorkingDayCalendar(HolidayTable.load(new ClassPathResource("calendar/holidays-cn.csv")), SHANGHAI);
  final TaskDeadlines deadlines = new TaskDeadlines(calendar);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void followUpIsTheStartOfTheWorkingDayThatLiesTheGivenWorkingDaysBeforeTheDeadline() {
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9)); // Monday
    Date due = calendar.dueIn(10); // end of Monday 2026-03-16
    assertThat(calendar.toLocalDate(new Date(due.getTime() - 1))).isEqualTo(LocalDate.of(2026, 3, 16));

    assertThat(deadlines.followUpBefore(due, 3)).isEqualTo(at(2026, 3, 11, 0)); // Wednesday
  }

  @Test
  void followUpSkipsHolidays() {
    ClockUtil.setCurrentTime(at(2026, 2, 12, 9));
    // due at the end of Tuesday 2026-02-24, the first working day after the Spring Festival
    Date due = calendar.endOf(LocalDate.of(2026, 2, 24));
    // one working day before is the make-up Saturday 2026-02-14, not a holiday in between
    assertThat(deadlines.followUpBefore(due, 1)).isEqualTo(at(2026, 2, 14, 0));
  }

  @Test
  void aShortDeadlineGetsTodayAsFollowUpNotAPastDate() {
    ClockUtil.setCurrentTime(at(2026, 3, 4, 15)); // Wednesday afternoon
    Date due = calendar.dueIn(1); // end of Thursday

    assertThat(deadlines.followUpBefore(due, 3)).isEqualTo(at(2026, 3, 4, 0));
  }

  @Test
  void noDeadlineMeansNoFollowUpAndNegativeDaysAreRefused() {
    assertThat(deadlines.followUpBefore(null, 3)).isNull();
    assertThatThrownBy(() -> deadlines.followUpBefore(new Date(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }
}
