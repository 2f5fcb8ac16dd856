package org.normflow.challenge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable numbers of the incidental review (R-ND-15, application.yaml {@code normflow.challenge.*}).
 * The 10 days are the statute's (行政复议法 2023 Art 58: 自收到…之日起十日内…提交书面答复); the reminder is
 * the bureau's own.
 */
@Component
class ChallengeSettings {

  private final int answerDays;
  private final int reminderDaysBefore;

  ChallengeSettings(
      @Value("${normflow.challenge.answer-days:10}") int answerDays,
      @Value("${normflow.challenge.reminder-days-before:3}") int reminderDaysBefore) {
    if (answerDays < 1 || answerDays > 10) {
      throw new IllegalStateException("normflow.challenge.answer-days 应在 1 到 10 之间：法定答复期限为 10 日（行政复议法第五十八条）");
    }
    this.answerDays = answerDays;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  int answerDays() {
    return answerDays;
  }

  int reminderDaysBefore() {
    return reminderDaysBefore;
  }
}
