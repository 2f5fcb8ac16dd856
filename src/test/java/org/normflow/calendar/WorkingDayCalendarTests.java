package org.normflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingDayCalendarTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final WorkingDayCalendar calendar =
      new WorkingDayCalendar(HolidayTable.load(new ClassPathResource("calendar/holidays-cn.csv")), SHANGHAI);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R-C-01 the Spring Festival 2026 holidays are not working days, the make-up Saturdays are")
  void springFestival2026() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Friday before").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
    for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as("holiday %s", d).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("make-up Saturday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).as("ordinary Sunday").isFalse();
  }

  @Test
  @DisplayName("R-C-01 15 working days across the Spring Festival skip the holiday and count make-up Saturdays")
  void spanAcrossSpringFestival() {
    // from Thu 2026-02-12: 13 Fri, 14 Sat (make-up), Tue 24..Fri 27 (4), 28 Sat (make-up), Mar 2..6 (5), Mar 9..11 (3) = 15
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 15)).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 11))).isEqualTo(15);
    // the same span in 2025 (holiday 28 Jan - 4 Feb, make-up Sun 26 Jan and Sat 8 Feb)
    // Sun 26 (make-up), Mon 27, Wed 5, Thu 6, Fri 7
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
  }

  @Test
  @DisplayName("R-C-01 a make-up Saturday counts and the National Day week does not")
  void makeUpSaturdayAndNationalDay() {
    // Fri 2026-10-09, next working day is make-up Sat 10-10
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
    // from Wed 2026-09-30: Oct 1-7 holiday, Oct 8 Thu, Oct 9 Fri, Oct 10 make-up Sat
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 8), 1)).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  @DisplayName("R-C-01 deadlines follow the engine clock and end at midnight after the last working day")
  void dueInFollowsEngineClock() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 2, 12).atTime(10, 0).atZone(SHANGHAI).toInstant()));
    Date due = calendar.dueIn(15);
    assertThat(due.toInstant().atZone(SHANGHAI).toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 3, 12).atStartOfDay());
    assertThat(calendar.toLocalDate(calendar.reminderBefore(due, 2))).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  @DisplayName("R-C-01 the engine's business calendar reads P5D as five working days")
  void businessCalendar() {
    WorkingDayBusinessCalendar business = new WorkingDayBusinessCalendar(calendar);
    Date start = Date.from(LocalDate.of(2026, 9, 30).atTime(9, 0).atZone(SHANGHAI).toInstant());
    assertThat(calendar.toLocalDate(new Date(business.resolveDuedate("P3D", start).getTime() - 1)))
        .isEqualTo(LocalDate.of(2026, 10, 10));
    assertThatThrownBy(() -> business.resolveDuedate("P1M", start)).hasMessageContaining("days only");
  }

  @Test
  @DisplayName("R-C-01 the holiday list is data: a changed file changes the calendar without code")
  void holidayListIsData() {
    HolidayTable table =
        HolidayTable.load(new ByteArrayResource("# test\n2027-01-01,holiday,元旦\n2027-01-02,workday,调休\n".getBytes()));
    WorkingDayCalendar custom = new WorkingDayCalendar(table, SHANGHAI);
    assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 2))).as("Saturday made a workday").isTrue();
    assertThatThrownBy(() -> HolidayTable.load(new ByteArrayResource("2027-13-01,holiday\n".getBytes())))
        .hasMessageContaining("line 1");
  }
}
