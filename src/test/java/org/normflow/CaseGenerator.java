package org.normflow;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many realistic cases, fast, for scale, reliability and audit tests: the benchmark's "ten years of a
 * province" (issue 16).
 *
 * <ul>
 *   <li>{@link #finished}: closed cases of past years written straight into the registry in JDBC
 *       batches (as a migration from an older system would), with a seeded, realistic mix: most
 *       documents in force, some lapsed, abolished, withdrawn after an unlawful finding or found not
 *       normative; a share of late filings; consultations with 0–4 public comments and their
 *       dispositions; legality reviews with all four outcomes; deliberations; major decisions with the
 *       members' and the head's opinions. Every case gets its workbench reference (nf_case_reference) as
 *       the register would give it, and the register's summary rows. About 400 cases per second into
 *       PostgreSQL (docs/benchmarks.md); each case's facts are also counted into {@link Written#expected}.
 *   <li>{@link #running}: open normative-document cases started through the engine as the drafter
 *       (trust boundary, registry and all), half of them left at the legal office's finding, half
 *       confirmed and waiting at drafting: what fills the legal office's and the drafters' task lists.
 * </ul>
 * Same seed, same cases. Ids start with the given prefix, so a test can find and remove its own.
 */
public final class CaseGenerator {

  static final String[] UNITS = {"unit-hazchem", "unit-rescue", "unit-disaster", "unit-coordination"};
  static final String[] TYPES = {"办法", "规定", "通知", "细则", "意见"};
  static final String[] SUBJECTS = {"危险化学品安全管理", "应急物资储备", "防汛抗旱", "森林防火", "安全生产检查",
      "应急救援队伍建设", "自然灾害救助", "烟花爆竹经营许可", "尾矿库安全监管", "应急预案管理"};
  static final String[] COMMENTERS = {"张三", "李四", "王五", "赵六", null};

  /**
   * What {@link #finished} wrote; {@code expected} counts, as the generator decided them, what each annual
   * figure must show: key "figure@year" (e.g. "documents.published@2005"), only the non-zero ones.
   */
  public record Written(int documents, int decisions, int comments, int lateFilings, Map<String, Long> expected) {

    public long expected(String figure, int year) {
      return expected.getOrDefault(figure + "@" + year, 0L);
    }
  }

  private final Map<String, Long> expected = new HashMap<>();

  private void tally(String figure, int year) {
    expected.merge(figure + "@" + year, 1L, Long::sum);
  }

  /** The year of a timestamp column in Beijing time, as the figures put it (the JVM writes local time). */
  private static int year(LocalDateTime written) {
    return written.atZone(java.time.ZoneId.systemDefault()).withZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).getYear();
  }

  private final JdbcTemplate jdbc;
  private final Random random;

  public CaseGenerator(DataSource dataSource, long seed) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.random = new Random(seed);
  }

  /**
   * Writes {@code count} closed cases created between 1 January of {@code fromYear} and 31 December
   * of {@code toYear} (about 9 in 10 normative documents, 1 in 10 major decisions), in batches.
   */
  public Written finished(String idPrefix, int count, int fromYear, int toYear) {
    Map<String, Integer> nextRef = new HashMap<>();
    Batch docs = new Batch("INSERT INTO nf_document (id, title, doc_type, issuing_unit, affects_rights, concerns_market, "
        + "major_decision, trial, stage, doc_number, number_year, number_seq, published_on, effective_on, valid_until, "
        + "filing_due, filed_on, filing_late, withdrawn_reason, created_by, drafting_unit, signed_by, signed_on, "
        + "procedure_track, identification_finding, created_at, updated_at, identified_at, withdrawn_on, ended_on) "
        + "VALUES (?, ?, ?, '市应急管理局', TRUE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafter', ?, ?, ?, 'ORDINARY', ?, ?, ?, ?, ?, ?)");
    Batch decisions = new Batch("INSERT INTO nf_decision (id, title, lead_unit, stage, outcome, created_by, drafting_unit, "
        + "created_at, updated_at) VALUES (?, ?, '市应急管理局', ?, ?, 'drafter', ?, ?, ?)");
    Batch references = new Batch("INSERT INTO nf_case_reference (case_id, case_kind, ref_year, ref_seq, reference, assigned_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)");
    Batch consultations = new Batch("INSERT INTO nf_consultation (id, case_id, case_type, notice_text, channel, min_days, "
        + "day_kind, period_days, shortened_reason, opened_on, closes_on, closed_on, comment_count, created_by, created_at) "
        + "VALUES (?, ?, ?, '现公开征求意见', '本机关门户网站', ?, ?, ?, ?, ?, ?, ?, ?, 'drafter', ?)");
    Batch comments = new Batch("INSERT INTO nf_public_comment (consultation_id, case_id, case_type, commenter_name, content, "
        + "received_at, disposition, disposition_reason, disposed_by, disposed_at, status, clause) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'drafter', ?, ?, '总体意见')");
    Batch reviews = new Batch("INSERT INTO nf_legality_review (id, case_id, case_type, min_working_days, max_working_days, "
        + "started_on, due_on, advisor_opinion, advisor_by, outcome, opinion, reviewed_on, reviewed_by) "
        + "VALUES (?, ?, ?, ?, 15, ?, ?, '草案内容合法，程序完备', 'advisor', ?, ?, ?, 'legal')");
    Batch deliberations = new Batch("INSERT INTO nf_deliberation (document_id, meeting_kind, meeting_date, participants, outcome, "
        + "meeting_record, recorded_by, recorded_at) VALUES (?, '局务会议', ?, '吴刚、郑伟、冯军', ?, '会议审议了草案', 'legal', ?)");
    Batch opinions = new Batch("INSERT INTO nf_decision_opinion (decision_id, discussion_round, member_id, member_role, vote, "
        + "opinion, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)");
    Batch fcrs = new Batch("INSERT INTO nf_fair_competition_review (document_id, conclusion, opinion, exception_justification, "
        + "reviewed_by, reviewed_at) VALUES (?, ?, '经审查，对照标准逐项审查', ?, 'fcr', ?)");
    Batch decisionFcrs = new Batch("INSERT INTO nf_decision_fcr (decision_id, conclusion, opinion, reviewed_by, reviewed_at) "
        + "VALUES (?, ?, '经审查，对照标准逐项审查', 'fcr', ?)");
    Batch reports = new Batch("INSERT INTO nf_decision_report (decision_id, kind, content, finding, created_by, created_at) "
        + "VALUES (?, ?, '报告全文', ?, 'drafter', ?)");
    Batch measures = new Batch("INSERT INTO nf_decision_measure (decision_id, measure, reason, decided_by, decided_at) "
        + "VALUES (?, ?, '根据执行情况', 'leader', ?)");
    Batch items = new Batch("INSERT INTO nf_catalogue_item (catalogue_year, title, lead_unit, lead_unit_group, hearing_planned, "
        + "status, decision_id, completed_on, created_by, created_at, updated_at) VALUES (?, ?, '市应急管理局', ?, ?, ?, ?, ?, 'legal', ?, ?)");
    Batch cleanupItems = new Batch("INSERT INTO nf_cleanup_item (cleanup_id, document_id, doc_number, title, drafting_unit, outcome, "
        + "reason, reviewed_by, reviewed_at, result_list) VALUES (?, ?, ?, ?, ?, ?, '经评估', 'legal', ?, 'VALID')");
    // one published catalogue per year and one cleanup round a year (published 15 November), made first: items refer to them
    Map<Integer, Long> rounds = new HashMap<>();
    for (int y = fromYear; y <= toYear + 2; y++) {
      if (y <= toYear && jdbc.queryForObject("SELECT COUNT(*) FROM nf_catalogue WHERE catalogue_year = ?", Integer.class, y) == 0) {
        jdbc.update("INSERT INTO nf_catalogue (catalogue_year, status, published_at, created_at) VALUES (?, 'PUBLISHED', ?, ?)",
            y, ts(LocalDate.of(y, 1, 10).atTime(10, 0)), ts(LocalDate.of(y, 1, 5).atTime(10, 0)));
      }
      if (y > fromYear) {
        String reason = idPrefix + " 年度清理 " + y;
        jdbc.update("INSERT INTO nf_cleanup (kind, scope, reason, status, document_count, started_by, started_on, published_on, "
            + "created_at) VALUES ('PERIODIC', 'ALL', ?, 'PUBLISHED', 0, 'legal', ?, ?, ?)", reason, date(LocalDate.of(y, 9, 1)),
            date(LocalDate.of(y, 11, 15)), ts(LocalDate.of(y, 9, 1).atTime(9, 0)));
        rounds.put(y, jdbc.queryForObject("SELECT MAX(id) FROM nf_cleanup WHERE reason = ?", Long.class, reason));
        tally("cleanup.rounds", y);
      }
    }
    Map<Integer, Integer> numbers = new HashMap<>();
    int documentCount = 0;
    int decisionCount = 0;
    int commentCount = 0;
    int late = 0;
    List<Batch> inOrder = List.of(docs, decisions, references, consultations, comments, reviews, deliberations, opinions, fcrs,
        decisionFcrs, reports, measures, items, cleanupItems);
    for (int n = 0; n < count; n++) {
      if (n % 2000 == 1999) {
        inOrder.forEach(Batch::flush);
      }
      int year = fromYear + random.nextInt(toYear - fromYear + 1);
      LocalDateTime created = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).atTime(9 + random.nextInt(8), random.nextInt(60));
      String id = idPrefix + "-" + n;
      String unit = UNITS[random.nextInt(UNITS.length)];
      String title = year + "年" + SUBJECTS[random.nextInt(SUBJECTS.length)] + TYPES[random.nextInt(TYPES.length)] + "（" + n + "）";
      boolean decision = random.nextInt(10) == 0;
      String kind = decision ? "DECISION" : "DOCUMENT";
      int refSeq = nextRef.merge(kind + year, 1, Integer::sum) + offset(kind, year);
      references.add(id, kind, year, refSeq, (decision ? "决" : "规") + year + "-" + String.format("%03d", refSeq), ts(created));
      LocalDate opened = created.toLocalDate().plusDays(20 + random.nextInt(40));
      boolean market = random.nextInt(4) == 0;
      if (decision) {
        decisionCount++;
        tally("decisions.registered", year(created));
        int roll = random.nextInt(100);
        String stage = roll < 60 ? "IMPLEMENTING" : roll < 75 ? "REJECTED" : roll < 85 ? "NOT_STARTED" : "POST_EVALUATION";
        String outcome = "REJECTED".equals(stage) ? "REJECT" : "NOT_STARTED".equals(stage) ? null : "APPROVE";
        decisions.add(id, title, stage, outcome, unit, ts(created), ts(created.plusMonths(4)));
        if (!"NOT_STARTED".equals(stage)) {
          commentCount += consultation(consultations, comments, id, "DECISION", opened, 30, "CALENDAR_DAYS");
          reviews.add("r-" + id, id, "DECISION", 7, date(opened.plusDays(35)), date(opened.plusDays(56)), "LAWFUL", "审查意见：合法",
              date(opened.plusDays(45)));
          int reviewYear = opened.plusDays(45).getYear();
          for (String figure : List.of("review.decisions", "review.decisions.LAWFUL", "review.adviser.decisions", "review.adviser",
              "decisions.reviewed")) {
            tally(figure, reviewYear);
          }
          LocalDateTime meeting = opened.plusDays(60).atTime(9, 0);
          int decidedYear = year(meeting.plusMinutes(30));
          tally("decisions.discussed", decidedYear);
          tally("APPROVE".equals(outcome == null ? "APPROVE" : outcome) ? "decisions.decided" : "decisions.rejected", decidedYear);
          String vote = outcome == null ? "APPROVE" : outcome;
          opinions.add(id, "deputy1", "MEMBER", vote, "同意。", ts(meeting));
          opinions.add(id, "deputy2", "MEMBER", random.nextInt(5) == 0 ? "REJECT" : vote, "意见见附件。", ts(meeting.plusMinutes(5)));
          opinions.add(id, "leader", "HEAD", vote, "APPROVE".equals(vote) ? "同意" : "不同意", ts(meeting.plusMinutes(30)));
          decisionFacts(id, unit, year, created, opened, meeting, "APPROVE".equals(vote), stage, decidedYear, reports, decisionFcrs,
              measures, items);
        }
        continue;
      }
      documentCount++;
      tally("documents.registered", year(created));
      LocalDateTime identified = created.plusDays(5);
      int roll = random.nextInt(100);
      String stage = roll < 70 ? "IN_FORCE" : roll < 78 ? "EXPIRED" : roll < 85 ? "ABOLISHED" : roll < 91 ? "WITHDRAWN"
          : roll < 95 ? "NOT_NORMATIVE" : "FILED";
      if ("NOT_NORMATIVE".equals(stage)) {
        docs.add(id, title, TYPES[0], market, false, stage, null, null, null, null, null, null, null, null, false, null, unit,
            null, null, "NOT_NORMATIVE", ts(created), ts(created.plusDays(5)), ts(identified), null, null);
        tally("documents.identified.notNormative", year(identified));
        if (year(identified) > year(created)) {
          tally("documents.drafted", year(created)); // found not normative only after the year it was registered in
        }
        continue;
      }
      boolean trial = random.nextInt(10) == 0;
      commentCount += consultation(consultations, comments, id, "DOCUMENT", opened, market ? 30 : 7, market ? "CALENDAR_DAYS" : "WORKING_DAYS");
      if (market) {
        int fcrRoll = random.nextInt(20);
        String conclusion = fcrRoll < 16 ? "PASSES" : fcrRoll < 19 ? "EXCEPTION" : "FAILS";
        LocalDateTime fcrAt = opened.minusDays(3).atTime(10, 0);
        fcrs.add(id, conclusion, "EXCEPTION".equals(conclusion) ? "为维护公共安全所必需" : null, ts(fcrAt));
        tally("fcr.documents", year(fcrAt));
        tally("fcr.documents." + conclusion, year(fcrAt));
      }
      LocalDate reviewStart = opened.plusDays(market ? 32 : 12);
      boolean unlawful = "WITHDRAWN".equals(stage);
      String outcome = unlawful ? "UNLAWFUL" : random.nextInt(5) == 0 ? "LAWFUL_AFTER_AMENDMENT" : "LAWFUL";
      LocalDate reviewed = reviewStart.plusDays(7 + random.nextInt(14));
      tally("documents.identified.normative", year(identified));
      for (String figure : List.of("review.documents", "review.documents." + outcome, "review.adviser.documents", "review.adviser")) {
        tally(figure, reviewed.getYear());
      }
      if (!unlawful || reviewed.getYear() > year(created)) {
        tally("documents.drafted", year(created));
      }
      reviews.add("r-" + id, id, "DOCUMENT", 5, date(reviewStart), date(reviewStart.plusDays(21)), outcome, "审查意见：" + outcome,
          date(reviewed));
      if (unlawful) {
        docs.add(id, title, TYPES[1], market, trial, stage, null, null, null, null, null, null, null, null, false,
            "合法性审查认为草案违法，不予印发", unit, null, null, "NORMATIVE", ts(created), ts(reviewed.atTime(16, 0)),
            ts(identified), date(reviewed), null);
        tally("documents.withdrawn", reviewed.getYear());
        continue;
      }
      LocalDate meeting = reviewed.plusDays(3 + random.nextInt(10));
      deliberations.add(id, date(meeting), "APPROVED", ts(meeting.atTime(11, 0)));
      LocalDate signed = meeting.plusDays(2);
      LocalDate published = signed.plusDays(1 + random.nextInt(5));
      LocalDate effective = published.plusDays(30);
      LocalDate validUntil = effective.plusYears(trial ? 2 : 5).minusDays(1);
      LocalDate filingDue = published.plusDays(30);
      boolean filedLate = random.nextInt(100) < 12;
      LocalDate filed = filedLate ? filingDue.plusDays(1 + random.nextInt(40)) : published.plusDays(random.nextInt(30));
      if (filedLate) {
        late++;
      }
      tally("documents.deliberated", meeting.getYear());
      tally("documents.published", published.getYear());
      tally("documents.published.reviewed", published.getYear());
      tally("documents.filingDue", filingDue.getYear());
      tally("documents.filed", filed.getYear());
      tally(filedLate ? "documents.filed.late" : "documents.filed.onTime", filed.getYear());
      if (filed.getYear() <= filingDue.getYear()) {
        tally("documents.filingDue.filed", filingDue.getYear());
      }
      if (!filedLate) {
        tally("documents.filingDue.onTime", filingDue.getYear());
      }
      int numberYear = signed.getYear();
      int seq = numbers.merge(numberYear, 1, Integer::sum);
      String number = "X应急规〔" + numberYear + "〕" + idPrefix + "-" + seq + "号";
      LocalDateTime updated = "ABOLISHED".equals(stage) ? published.plusYears(2).atTime(10, 0)
          : "EXPIRED".equals(stage) ? validUntil.plusDays(1).atTime(0, 5) : filed.atTime(15, 0);
      LocalDate ended = "ABOLISHED".equals(stage) ? published.plusYears(2) : "EXPIRED".equals(stage) ? validUntil.plusDays(1) : null;
      if (ended != null) {
        tally("ABOLISHED".equals(stage) ? "documents.abolished" : "documents.expired", ended.getYear());
      }
      // the next year's cleanup round reviews about a third of the documents still in force then
      int roundYear = published.getYear() + 1;
      LocalDate roundDay = LocalDate.of(roundYear, 11, 15);
      if (rounds.containsKey(roundYear) && random.nextInt(3) == 0 && !effective.isAfter(roundDay) && validUntil.isAfter(roundDay)
          && (ended == null || ended.isAfter(roundDay))) {
        String cleanupOutcome = random.nextInt(4) == 0 ? "AMEND" : "KEEP";
        cleanupItems.add(rounds.get(roundYear), id, number, title, unit, cleanupOutcome, ts(roundDay.minusDays(20).atTime(10, 0)));
        tally("cleanup.documents", roundYear);
        tally("cleanup." + cleanupOutcome, roundYear);
      }
      // in force on 31 December of every year from its effect until it ends or its validity runs out
      for (int y = effective.getYear(); y <= validUntil.getYear(); y++) {
        LocalDate lastDay = LocalDate.of(y, 12, 31);
        if (!validUntil.isBefore(lastDay) && (ended == null || ended.isAfter(lastDay))) {
          tally("documents.inForce", y);
        }
      }
      docs.add(id, title, TYPES[random.nextInt(TYPES.length)], market, trial, stage, number, numberYear, seq, date(published),
          date(effective), date(validUntil), date(filingDue), date(filed), filedLate, null, unit, "leader", date(signed),
          "NORMATIVE", ts(created), ts(updated), ts(identified), null, date(ended));
    }
    // parents first: deliberations refer to their documents
    inOrder.forEach(Batch::flush);
    jdbc.update("UPDATE nf_decision SET catalogue_item_id = (SELECT MAX(i.id) FROM nf_catalogue_item i WHERE i.decision_id = nf_decision.id) "
        + "WHERE id LIKE ? AND EXISTS (SELECT 1 FROM nf_catalogue_item i WHERE i.decision_id = nf_decision.id)", idPrefix + "-%");
    // written past the engine: the register's summary rows are derived in one pass, as after a migration
    new org.normflow.audit.CaseSummary(jdbc).refreshMissing();
    return new Written(documentCount, decisionCount, commentCount, late, Map.copyOf(expected));
  }

  /**
   * A decision that went through the procedure: its catalogue item (most of them), start decision, fair
   * competition review, hearing, expert argumentation and risk assessment (some), measures during
   * implementation and a post-evaluation, each counted where its date falls.
   */
  private void decisionFacts(String id, String unit, int year, LocalDateTime created, LocalDate opened, LocalDateTime meeting,
      boolean approved, String stage, int decidedYear, Batch reports, Batch decisionFcrs, Batch measures, Batch items) {
    LocalDateTime started = created.plusDays(2);
    reports.add(id, "START_DECISION", null, ts(started));
    tally("decisions.started", year(started));
    if (random.nextInt(10) < 7 && year(created) == year) {
      boolean hearing = random.nextInt(4) == 0;
      boolean completed = approved && random.nextBoolean();
      LocalDate completedOn = completed ? meeting.toLocalDate().plusMonths(3) : null;
      items.add(year, "目录事项 " + id, unit, hearing, completed ? "COMPLETED" : approved ? "IN_PROGRESS" : "REJECTED", id,
          date(completedOn), ts(LocalDate.of(year, 1, 5).atTime(10, 0)), ts(created));
      tally("catalogue.items", year);
      if (hearing) {
        tally("catalogue.hearingItems", year);
      }
      if (completed && completedOn.getYear() == year) {
        tally("catalogue.completed", year);
      }
      if (approved) {
        tally("decisions.decided.catalogued", decidedYear);
      }
    }
    if (random.nextInt(10) < 3) {
      LocalDateTime at = opened.minusDays(2).atTime(15, 0);
      String conclusion = random.nextInt(5) == 0 ? "EXCEPTION" : "PASSES";
      decisionFcrs.add(id, conclusion, ts(at));
      tally("fcr.decisions", year(at));
      tally("fcr.decisions." + conclusion, year(at));
    }
    if (random.nextInt(10) < 3) {
      LocalDateTime at = opened.plusDays(33).atTime(16, 0);
      reports.add(id, "HEARING", null, ts(at));
      tally("decisions.hearings", year(at));
    }
    if (random.nextInt(10) < 5) {
      LocalDateTime at = opened.plusDays(34).atTime(16, 0);
      reports.add(id, "EXPERT_ADOPTION", null, ts(at));
      tally("decisions.expertArgumentations", year(at));
    }
    if (random.nextInt(10) < 7) {
      LocalDateTime at = opened.plusDays(34).atTime(17, 0);
      String level = new String[] {"HIGH", "MEDIUM", "LOW"}[random.nextInt(3)];
      reports.add(id, "RISK", level, ts(at));
      tally("decisions.riskAssessments", year(at));
      tally("decisions.risk." + level, year(at));
      LocalDateTime judged = at.plusHours(1);
      reports.add(id, "RISK_JUDGEMENT", "CONTROLLABLE", ts(judged));
      tally("decisions.risk.controllable", year(judged));
      if (approved) {
        tally("decisions.decided.riskAssessed", decidedYear);
      }
    }
    if (approved && ("IMPLEMENTING".equals(stage) || "POST_EVALUATION".equals(stage))) {
      int roll = random.nextInt(20);
      String measure = roll < 2 ? "SUSPEND" : roll < 3 ? "STOP" : roll < 5 ? "GENERAL_ADJUSTMENT" : null;
      if (measure != null) {
        LocalDateTime at = meeting.plusMonths(6);
        measures.add(id, measure, ts(at));
        tally(measure.endsWith("ADJUSTMENT") ? "decisions.adjusted" : "SUSPEND".equals(measure) ? "decisions.suspended"
            : "decisions.stopped", year(at));
      }
      if ("POST_EVALUATION".equals(stage)) {
        LocalDateTime at = meeting.plusYears(1);
        reports.add(id, "EVALUATION", "CONTINUE", ts(at));
        tally("decisions.evaluated", year(at));
      }
    }
  }

  private final Map<String, Integer> referenceOffsets = new HashMap<>();

  /** References continue after what the registry already holds for the kind and year. */
  private int offset(String kind, int year) {
    return referenceOffsets.computeIfAbsent(kind + year, k -> {
      Integer max = jdbc.queryForObject("SELECT MAX(ref_seq) FROM nf_case_reference WHERE case_kind = ? AND ref_year = ?",
          Integer.class, kind, year);
      return max == null ? 0 : max;
    });
  }

  /** A closed consultation with 0–4 published comments (a few late), each disposed; returns how many. */
  private int consultation(Batch consultations, Batch comments, String caseId, String type, LocalDate opened, int days, String dayKind) {
    String consultationId = "c-" + caseId;
    boolean shortened = "DOCUMENT".equals(type) && random.nextInt(20) == 0;
    int period = shortened ? 5 : days + (dayKind.equals("WORKING_DAYS") ? 2 : 0);
    LocalDate closes = opened.plusDays(period + ("WORKING_DAYS".equals(dayKind) ? period * 2 / 5 : 0));
    int count = random.nextInt(5);
    consultations.add(consultationId, caseId, type, days, dayKind, period, shortened ? "情况紧急，需要尽快出台" : null, date(opened),
        date(closes), date(closes), count, ts(opened.atTime(9, 0)));
    tally("DOCUMENT".equals(type) ? "consultation.documents" : "consultation.decisions", opened.getYear());
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(10);
      String disposition = roll < 5 ? "ADOPTED" : roll < 8 ? "PARTLY" : "NOT_ADOPTED";
      LocalDateTime received = opened.plusDays(random.nextInt(Math.max(1, period))).atTime(8 + random.nextInt(12), 0);
      LocalDateTime disposed = closes.plusDays(2).atTime(10, 0);
      comments.add(consultationId, caseId, type, COMMENTERS[random.nextInt(COMMENTERS.length)], "建议修改第" + (i + 1) + "条。",
          ts(received), disposition, "ADOPTED".equals(disposition) ? null : "与上位法规定不一致", ts(disposed), "PUBLISHED");
      tally("DOCUMENT".equals(type) ? "comments.documents" : "comments.decisions", year(received));
      tally(year(disposed) > year(received) ? "comments.open"
          : "ADOPTED".equals(disposition) ? "comments.adopted" : "PARTLY".equals(disposition) ? "comments.partly" : "comments.notAdopted",
          year(received));
    }
    return count;
  }

  /**
   * Starts {@code count} normative-document cases as the drafter, through the engine; every other one
   * is confirmed by the legal office and then waits at drafting. Returns the process instance ids.
   */
  public static List<String> running(ProcessEngine engine, String titlePrefix, int count) {
    return running(engine, titlePrefix, count, 1);
  }

  /** As {@link #running(ProcessEngine, String, int)}, with {@code threads} clerks at work at once. */
  public static List<String> running(ProcessEngine engine, String titlePrefix, int count, int threads) {
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        work.add(pool.submit(() -> {
          // by pairs, so that each clerk gets as many cases left at the finding as cases taken on to drafting
          for (int n = 0; n < count; n++) {
            if ((n / 2) % threads == first) {
              ids.add(startOne(engine, titlePrefix, n));
            }
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return ids;
  }

  private static String startOne(ProcessEngine engine, String titlePrefix, int n) {
    String id = Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(titlePrefix + " " + n, n % 4 == 1, false))
        .getId());
    if (n % 2 == 1) {
      Task finding = engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_IdentifyDocument")
          .singleResult();
      Clerks.as(engine, "legal", () -> engine.getTaskService().complete(finding.getId(),
          DocumentDriver.findingValues(n % 4 == 1, false)));
    }
    return id;
  }

  private static Timestamp ts(LocalDateTime t) {
    return Timestamp.valueOf(t);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  /** Rows for one statement, sent in batches of 1,000. */
  private final class Batch {
    final String sql;
    final List<Object[]> rows = new ArrayList<>();

    Batch(String sql) {
      this.sql = sql;
    }

    void add(Object... row) {
      rows.add(row);
    }

    void flush() {
      for (int from = 0; from < rows.size(); from += 1000) {
        jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
      }
      rows.clear();
    }
  }
}
