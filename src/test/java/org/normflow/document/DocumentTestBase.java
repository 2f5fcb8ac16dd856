package org.normflow.document;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every test of the normative-document procedure starts from: the engine's clock on a Monday
 * morning (2 March 2026), a driver that works the tasks as their clerks, the registry, and the engine
 * clock put back afterwards.
 */
@NormFlowSpringTest
abstract class DocumentTestBase {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired DocumentRepository documents;

  DocumentDriver driver;

  @BeforeEach
  void startOnAMonday() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }
}
