package org.normflow.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.normflow.DocumentDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Documents written straight into the registry (as a migration from an older system would), whose facts
 * are known by construction: published this year or last year or not at all, reviewed for legality before
 * publication, after it or never, filed on time or late, with and without a fair competition review and a
 * cleanup finding. Tests count what they expect from {@link #cases}, never from the register. Dates that
 * happened are on or before the engine's today. Every title carries {@link #marker} so a test can ask for
 * its own cases only.
 */
final class RegisterCases {

  /** One built case and its facts. */
  record Built(String id, String title, String unit, LocalDate registered, LocalDate published, LocalDate reviewed,
      String outcome, LocalDate filingDue, LocalDate filed, boolean late, String fcr, String cleanup, LocalDate cleanupOn) {

    boolean withoutReview() {
      return published != null && (reviewed == null || reviewed.isAfter(published));
    }
  }

  final String marker;
  final List<Built> cases = new ArrayList<>();
  final LocalDate today = DocumentDriver.engineToday();

  RegisterCases(String marker, int count) {
    this.marker = marker;
    int thisYear = today.getYear();
    for (int i = 0; i < count; i++) {
      String id = "rgt-" + marker + "-" + i;
      String unit = i % 3 == 0 ? SeededCases.HAZCHEM : SeededCases.RESCUE;
      LocalDate registered = LocalDate.of(thisYear - 1, 1, 2).plusDays(i);
      // a quarter not published; the others this year or last year, never after today
      LocalDate published = i % 4 == 3 ? null
          : i % 2 == 0 ? today.minusDays(i % today.getDayOfYear()) : LocalDate.of(thisYear - 1, 6, 1).plusDays(i);
      LocalDate reviewed = null;
      String outcome = null;
      if (i % 5 != 0) { // every fifth never reviewed
        LocalDate base = published == null ? registered.plusDays(30) : published;
        // every fifth-plus-one reviewed only after publication (where that day has already come)
        reviewed = i % 5 == 1 && published != null && published.isBefore(today) ? published.plusDays(1) : base.minusDays(3);
        outcome = i % 5 == 2 ? "LAWFUL_AFTER_AMENDMENT" : "LAWFUL";
      }
      LocalDate due = published == null ? null : published.plusDays(30);
      boolean late = published != null && i % 6 == 0;
      LocalDate filed = published == null ? null : late ? min(due.plusDays(5), today) : published;
      if (late && !filed.isAfter(due)) {
        filed = null; // not filed yet, but recorded late (filing_late) as a reporting office records it
      }
      String fcr = i % 2 == 0 ? "PASSES" : i % 7 == 1 ? "EXCEPTION" : null;
      String cleanup = published == null ? null : i % 7 == 0 ? "KEEP" : i % 7 == 2 ? "ABOLISH" : null;
      LocalDate cleanupOn = cleanup == null ? null : today;
      cases.add(new Built(id, "台账核查" + marker + "文件（" + i + "）", unit, registered, published, reviewed, outcome, due, filed,
          late, fcr, cleanup, cleanupOn));
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  List<String> titles(Predicate<Built> which) {
    return cases.stream().filter(which).map(Built::title).toList();
  }

  void write(JdbcClient jdbc) {
    for (Built b : cases) {
      jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
              + "published_on, effective_on, filing_due, filed_on, filing_late, created_by, drafting_unit, created_at, updated_at) "
              + "VALUES (?, ?, '办法', '市应急管理局', FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, ?, 'drafter', ?, ?, ?)")
          .params(b.id(), b.title(), b.published() == null ? "UNDER_REVIEW" : b.filed() == null ? "PUBLISHED" : "IN_FORCE",
              date(b.published()), date(b.published() == null ? null : b.published().plusDays(30)), date(b.filingDue()),
              date(b.filed()), b.late(), b.unit(), ts(b.registered()), ts(b.registered()))
          .update();
      if (b.reviewed() != null) {
        jdbc.sql("INSERT INTO nf_legality_review (id, case_id, case_type, min_working_days, max_working_days, started_on, due_on, "
                + "outcome, opinion, reviewed_on, reviewed_by) VALUES (?, ?, 'DOCUMENT', 5, 15, ?, ?, ?, '审查意见', ?, 'legal')")
            .params("r-" + b.id(), b.id(), date(b.reviewed().minusDays(10)), date(b.reviewed().plusDays(10)), b.outcome(),
                date(b.reviewed()))
            .update();
      }
      if (b.fcr() != null) {
        jdbc.sql("INSERT INTO nf_fair_competition_review (document_id, conclusion, opinion, reviewed_by, reviewed_at) "
                + "VALUES (?, ?, '审查意见', 'drafter', ?)")
            .params(b.id(), b.fcr(), ts(b.registered().plusDays(10))).update();
      }
    }
    List<Built> cleaned = cases.stream().filter(b -> b.cleanup() != null).toList();
    if (!cleaned.isEmpty()) {
      jdbc.sql("INSERT INTO nf_cleanup (kind, scope, status, document_count, started_on, created_at) "
              + "VALUES ('PERIODIC', 'ALL', 'CONFIRMED', ?, ?, ?)")
          .params(cleaned.size(), date(today), ts(today)).update();
      Long cleanup = jdbc.sql("SELECT MAX(id) FROM nf_cleanup").query(Long.class).single();
      for (Built b : cleaned) {
        jdbc.sql("INSERT INTO nf_cleanup_item (cleanup_id, document_id, title, drafting_unit, outcome, reason, reviewed_by, reviewed_at) "
                + "VALUES (?, ?, ?, ?, ?, '清理意见', 'drafter', ?)")
            .params(cleanup, b.id(), b.title(), b.unit(), b.cleanup(), ts(b.cleanupOn())).update();
      }
    }
    // written past the engine: derived into the register's summary as a migration's backfill would
    new CaseSummary(jdbc).refresh(cases.stream().map(Built::id).toList());
  }

  void remove(JdbcClient jdbc) {
    String like = "rgt-" + marker + "-%";
    jdbc.sql("DELETE FROM nf_cleanup_item WHERE document_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_cleanup WHERE NOT EXISTS (SELECT 1 FROM nf_cleanup_item i WHERE i.cleanup_id = nf_cleanup.id)").update();
    jdbc.sql("DELETE FROM nf_fair_competition_review WHERE document_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_legality_review WHERE case_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_case_reference WHERE case_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_case_summary WHERE case_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_document WHERE id LIKE ?").param(like).update();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static Timestamp ts(LocalDate d) {
    return Timestamp.valueOf(d.atTime(10, 0));
  }
}
