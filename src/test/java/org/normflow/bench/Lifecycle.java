package org.normflow.bench;

import org.normflow.consultation.DispositionRows;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.calendar.WorkingDayCalendar;

/**
 * One full lifecycle of an ordinary normative document (not concerning the market, no major decision):
 * finding, drafting, public consultation (notice, period runs out: timer, disposition), legality review
 * (adviser, then the decision after the minimum period), deliberation, number, signing, publication,
 * filing, effective date (timer), in force. Form values are the valid ones of {@link DocumentDriver};
 * on NormFlow each task is completed as its clerk (signed in with their groups, as Tasklist does), on
 * the bare engine the same values are passed without anyone signed in.
 *
 * <p>The engine clock is one per JVM. With several worker threads the clock is moved by a {@link Clock}
 * barrier: all threads drive identical cases in step and meet whenever the clock must move, so no thread
 * sees time jump under it.
 */
final class Lifecycle {

  static final LocalDate START = LocalDate.of(2026, 3, 2);

  /** The shared engine clock: {@code threads} workers meet, the clock moves to the latest time asked for. */
  static final class Clock {
    private final AtomicReference<Date> wanted = new AtomicReference<>();
    private final CyclicBarrier barrier;

    Clock(int threads) {
      barrier = new CyclicBarrier(threads, () -> ClockUtil.setCurrentTime(wanted.getAndSet(null)));
    }

    void moveTo(LocalDate day, int hour) {
      Date time = Date.from(day.atTime(hour, 0).atZone(DocumentDriver.SHANGHAI).toInstant());
      wanted.accumulateAndGet(time, (a, b) -> a == null || b.after(a) ? b : a);
      try {
        barrier.await();
      } catch (InterruptedException | BrokenBarrierException e) {
        throw new IllegalStateException("a worker stopped", e);
      }
    }
  }

  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;
  private final boolean normflow;
  private final Clock clock;
  private final Map<String, String> clerkByTask;
  private final Map<String, List<String>> groupsByUser;

  /**
   * @param normflow true: {@code normative-document} as clerks; false: {@link BareModels} unauthenticated
   * @param clerks shared between the workers of one engine: who does which task, and their groups
   */
  Lifecycle(ProcessEngine engine, WorkingDayCalendar calendar, boolean normflow, Clock clock, Map<String, String> clerks,
      Map<String, List<String>> groups) {
    this.engine = engine;
    this.calendar = calendar;
    this.normflow = normflow;
    this.clock = clock;
    this.clerkByTask = clerks;
    this.groupsByUser = groups;
  }

  static Map<String, String> newClerks() {
    return new ConcurrentHashMap<>();
  }

  static Map<String, List<String>> newGroups() {
    return new ConcurrentHashMap<>();
  }

  LocalDate today() {
    return calendar.today();
  }

  /** Runs one case from start to in force; returns its process instance id. */
  String run(String documentId) {
    clock.moveTo(START, 9);
    Map<String, Object> start = DocumentDriver.startValues("基准测试文件 " + documentId, false, false);
    String pi = normflow
        ? as("drafter", () -> engine.getRuntimeService().startProcessInstanceByKey("normative-document", start).getId())
        : engine.getRuntimeService().startProcessInstanceByKey(BareModels.DOCUMENT, start).getId();
    complete(pi, "Task_IdentifyDocument", DocumentDriver.findingValues(false, false));
    Map<String, Object> draft = DocumentDriver.draftValues();
    LocalDate closes = calendar.plusWorkingDays(today(), 7);
    if (!normflow) {
      draft.put("closesAt", at(closes, 0));
      draft.put("reviewReminderAt", at(today().plusDays(300), 0));
      draft.put("reviewDueAt", at(today().plusDays(310), 0));
    }
    complete(pi, "Task_Drafting", draft);

    String consultation = called(pi, normflow ? "public-consultation" : BareModels.CONSULTATION);
    complete(consultation, "Task_PublishNotice",
        new HashMap<>(Map.of("noticeText", "现公开征求意见", "noticeChannel", "本机关门户网站", "periodDays", 7)));
    if (normflow) {
      closes = LocalDate.parse((String) engine.getRuntimeService().getVariable(consultation, "consultationClosesOn"));
    }
    clock.moveTo(closes.plusDays(1), 9);
    expectTimers(consultation, 1);
    complete(consultation, "Task_DisposeComments", new HashMap<>(Map.of("commentRows", DispositionRows.all(0, "ADOPTED", null), "adoptionSummary", "意见均已研究处理")));

    String review = called(pi, normflow ? "legality-review" : BareModels.REVIEW);
    complete(review, "Task_AdvisorOpinion", new HashMap<>(Map.of("advisorOpinion", "草案内容合法，程序完备")));
    int minimum = normflow ? ((Number) engine.getRuntimeService().getVariable(review, "reviewMinWorkingDays")).intValue() : 5;
    clock.moveTo(calendar.plusWorkingDays(today(), minimum), 10);
    complete(review, "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL"));

    complete(pi, "Task_Deliberation", DocumentDriver.deliberationValues("APPROVED"));
    complete(pi, "Task_Signing", new HashMap<>(Map.of("signingDecision", "SIGN", "signedOn", today().toString())));
    LocalDate published = today();
    Map<String, Object> publication = DocumentDriver.publicationValues(published, published.plusDays(30), null, null);
    if (!normflow) {
      publication.put("filingDueAt", at(published.plusDays(30), 0));
      publication.put("effectiveAt", at(published.plusDays(30), 0));
    }
    complete(pi, "Task_Publication", publication);
    complete(pi, "Task_Filing", DocumentDriver.filingValues(published));
    clock.moveTo(published.plusDays(30), 1);
    expectTimers(pi, 1);
    return pi;
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(DocumentDriver.SHANGHAI).toInstant());
  }

  private String called(String parent, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent).processDefinitionKey(key)
        .singleResult().getId();
  }

  private void expectTimers(String processInstanceId, int expected) {
    List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
    if (due.size() != expected) {
      throw new IllegalStateException(expected + " due timer(s) expected in " + processInstanceId + ", found " + due.size());
    }
    for (Job job : due) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + taskKey + " in " + processInstanceId);
    }
    if (!normflow) {
      engine.getTaskService().complete(task.getId(), values);
      return;
    }
    String clerk = clerkByTask.computeIfAbsent(taskKey, k -> Clerks.clerkFor(engine, task));
    as(clerk, () -> {
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    List<String> groups = groupsByUser.computeIfAbsent(user, u ->
        engine.getIdentityService().createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
