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
 *       the register would give it. About 20,000 cases per second into H2, 5,000 into PostgreSQL.
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

  /** What {@link #finished} wrote. */
  public record Written(int documents, int decisions, int comments, int lateFilings) {}

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
        + "procedure_track, identification_finding, created_at, updated_at) "
        + "VALUES (?, ?, ?, '市应急管理局', TRUE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafter', ?, ?, ?, 'ORDINARY', ?, ?, ?)");
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
    Map<Integer, Integer> numbers = new HashMap<>();
    int documentCount = 0;
    int decisionCount = 0;
    int commentCount = 0;
    int late = 0;
    List<Batch> inOrder = List.of(docs, decisions, references, consultations, comments, reviews, deliberations, opinions);
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
        int roll = random.nextInt(100);
        String stage = roll < 60 ? "IMPLEMENTING" : roll < 75 ? "REJECTED" : roll < 85 ? "NOT_STARTED" : "POST_EVALUATION";
        String outcome = "REJECTED".equals(stage) ? "REJECT" : "NOT_STARTED".equals(stage) ? null : "APPROVE";
        decisions.add(id, title, stage, outcome, unit, ts(created), ts(created.plusMonths(4)));
        if (!"NOT_STARTED".equals(stage)) {
          commentCount += consultation(consultations, comments, id, "DECISION", opened, 30, "CALENDAR_DAYS");
          reviews.add("r-" + id, id, "DECISION", 7, date(opened.plusDays(35)), date(opened.plusDays(56)), "LAWFUL", "审查意见：合法",
              date(opened.plusDays(45)));
          LocalDateTime meeting = opened.plusDays(60).atTime(9, 0);
          String vote = outcome == null ? "APPROVE" : outcome;
          opinions.add(id, "deputy1", "MEMBER", vote, "同意。", ts(meeting));
          opinions.add(id, "deputy2", "MEMBER", random.nextInt(5) == 0 ? "REJECT" : vote, "意见见附件。", ts(meeting.plusMinutes(5)));
          opinions.add(id, "leader", "HEAD", vote, "APPROVE".equals(vote) ? "同意" : "不同意", ts(meeting.plusMinutes(30)));
        }
        continue;
      }
      documentCount++;
      int roll = random.nextInt(100);
      String stage = roll < 70 ? "IN_FORCE" : roll < 78 ? "EXPIRED" : roll < 85 ? "ABOLISHED" : roll < 91 ? "WITHDRAWN"
          : roll < 95 ? "NOT_NORMATIVE" : "FILED";
      if ("NOT_NORMATIVE".equals(stage)) {
        docs.add(id, title, TYPES[0], market, false, stage, null, null, null, null, null, null, null, null, false, null, unit,
            null, null, "NOT_NORMATIVE", ts(created), ts(created.plusDays(5)));
        continue;
      }
      boolean trial = random.nextInt(10) == 0;
      commentCount += consultation(consultations, comments, id, "DOCUMENT", opened, market ? 30 : 7, market ? "CALENDAR_DAYS" : "WORKING_DAYS");
      LocalDate reviewStart = opened.plusDays(market ? 32 : 12);
      boolean unlawful = "WITHDRAWN".equals(stage);
      String outcome = unlawful ? "UNLAWFUL" : random.nextInt(5) == 0 ? "LAWFUL_AFTER_AMENDMENT" : "LAWFUL";
      LocalDate reviewed = reviewStart.plusDays(7 + random.nextInt(14));
      reviews.add("r-" + id, id, "DOCUMENT", 5, date(reviewStart), date(reviewStart.plusDays(21)), outcome, "审查意见：" + outcome,
          date(reviewed));
      if (unlawful) {
        docs.add(id, title, TYPES[1], market, trial, stage, null, null, null, null, null, null, null, null, false,
            "合法性审查认为草案违法，不予印发", unit, null, null, "NORMATIVE", ts(created), ts(reviewed.atTime(16, 0)));
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
      int numberYear = signed.getYear();
      int seq = numbers.merge(numberYear, 1, Integer::sum);
      String number = "X应急规〔" + numberYear + "〕" + idPrefix + "-" + seq + "号";
      LocalDateTime updated = "ABOLISHED".equals(stage) ? published.plusYears(2).atTime(10, 0)
          : "EXPIRED".equals(stage) ? validUntil.plusDays(1).atTime(0, 5) : filed.atTime(15, 0);
      docs.add(id, title, TYPES[random.nextInt(TYPES.length)], market, trial, stage, number, numberYear, seq, date(published),
          date(effective), date(validUntil), date(filingDue), date(filed), filedLate, null, unit, "leader", date(signed),
          "NORMATIVE", ts(created), ts(updated));
    }
    // parents first: deliberations refer to their documents
    inOrder.forEach(Batch::flush);
    // written past the engine: the register's summary rows are derived in one pass, as after a migration
    new org.normflow.audit.CaseSummary(jdbc).refreshMissing();
    return new Written(documentCount, decisionCount, commentCount, late);
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
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(10);
      String disposition = roll < 5 ? "ADOPTED" : roll < 8 ? "PARTLY" : "NOT_ADOPTED";
      comments.add(consultationId, caseId, type, COMMENTERS[random.nextInt(COMMENTERS.length)], "建议修改第" + (i + 1) + "条。",
          ts(opened.plusDays(random.nextInt(Math.max(1, period))).atTime(8 + random.nextInt(12), 0)), disposition,
          "ADOPTED".equals(disposition) ? null : "与上位法规定不一致", ts(closes.plusDays(2).atTime(10, 0)), "PUBLISHED");
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
    return Date.valueOf(d);
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
