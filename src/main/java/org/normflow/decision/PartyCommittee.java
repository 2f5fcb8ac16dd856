package org.normflow.decision;

import static org.normflow.document.Rows.now;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The same-level Party committee's answers on NormFlow's record (table nf_party_committee, issue 24
 * point 4): its consent to the annual decision catalogue and its adjustments (R-MD-01, 713 Art 3), its
 * answer to the request-report before a major decision is issued (R-MD-19, 713 Art 31). Gates read the
 * latest answer of their subject, never a variable.
 */
@Repository
public class PartyCommittee {

  /** What the Party committee was asked about. */
  public enum Subject {
    /** The year's catalogue (key: the year). */
    CATALOGUE,
    /** An in-year adjustment of the catalogue (key: the year). */
    CATALOGUE_ADJUSTMENT,
    /** A major decision before it is issued (key: the decision's registry id). */
    DECISION
  }

  /** One request and its answer. */
  public record Answer(Subject subject, String key, String committee, LocalDate requestedOn, String requestDocNo,
      LocalDate answeredOn, boolean agreed, String content, String answerDocNo, String recordedBy) {}

  private final JdbcClient jdbc;

  PartyCommittee(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(Answer a, String processInstanceId) {
    jdbc.sql("INSERT INTO nf_party_committee (subject_kind, subject_key, committee, requested_on, request_doc_no, "
            + "answered_on, agreed, answer_content, answer_doc_no, process_instance_id, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.subject().name(), a.key(), a.committee(), a.requestedOn(), a.requestDocNo(), a.answeredOn(),
            a.agreed(), a.content(), a.answerDocNo(), processInstanceId, a.recordedBy(), now())
        .update();
  }

  /** The latest answer recorded for the subject, if any. */
  public Optional<Answer> latest(Subject subject, String key) {
    return jdbc.sql("SELECT committee, requested_on, request_doc_no, answered_on, agreed, answer_content, answer_doc_no, "
            + "recorded_by FROM nf_party_committee WHERE subject_kind = ? AND subject_key = ? ORDER BY id DESC")
        .params(subject.name(), key)
        .query((rs, n) -> new Answer(subject, key, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
            rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)))
        .list().stream().findFirst();
  }

  /** Whether the latest answer on the subject is the committee's consent. */
  public boolean agreed(Subject subject, String key) {
    return latest(subject, key).map(Answer::agreed).orElse(false);
  }
}
