package org.normflow.meeting;

import static org.normflow.document.Rows.now;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The organ's meetings in the registry ({@code nf_organ_meeting}, its members and opinions; R-MD-11,
 * R-ND-06), keyed by the business key of the case that called the meeting. Runs in the engine's
 * transaction when called from a step.
 */
@Repository
public class MeetingRepository {

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One member at one sitting: present, or absent with the reason recorded. */
  public record Attendance(String memberId, boolean head, boolean present, String absenceReason) {}

  /** A member's opinion, verbatim. */
  public record Opinion(String memberId, String vote, String opinion) {}

  /** One sitting of the organ's meeting and what it decided (decision null: not decided, or no quorum). */
  public record Meeting(long id, String businessKey, String processInstanceId, int sitting, String matter,
      String kind, LocalDate date, String presider, int memberCount, int presentCount, boolean quorate,
      String quorumRule, String majority, String decision, String decisionLabel, String reason, String decidedBy,
      String decidedSignature, Long authorizationId, String minutes, String minutesBy, String recordedBy) {}

  /**
   * The key the meeting's rows carry: the calling case's business key, or, for a case started without one
   * (a case started in Tasklist), the process instance of the case that called the meeting.
   */
  public static String caseKey(String businessKey, String callerProcessInstanceId) {
    return businessKey != null ? businessKey : callerProcessInstanceId;
  }

  long open(String businessKey, String processInstanceId, int sitting, String matter, String kind, LocalDate date,
      String presider, List<Attendance> members, boolean quorate, String quorumRule, String recordedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    int present = (int) members.stream().filter(Attendance::present).count();
    jdbc.sql("INSERT INTO nf_organ_meeting (business_key, process_instance_id, sitting, matter, meeting_kind, "
            + "meeting_date, presider, member_count, present_count, quorate, quorum_rule, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(businessKey, processInstanceId, sitting, matter, kind, java.sql.Date.valueOf(date), presider,
            members.size(), present, quorate, quorumRule, recordedBy, now())
        .update(key, "id");
    long id = key.getKey().longValue();
    for (Attendance a : members) {
      jdbc.sql("INSERT INTO nf_organ_meeting_member (meeting_id, member_id, is_head, present, absence_reason) "
              + "VALUES (?, ?, ?, ?, ?)")
          .params(id, a.memberId(), a.head(), a.present(), a.absenceReason())
          .update();
    }
    return id;
  }

  public List<Attendance> attendance(long meetingId) {
    return jdbc.sql("SELECT member_id, is_head, present, absence_reason FROM nf_organ_meeting_member "
            + "WHERE meeting_id = ? ORDER BY id")
        .param(meetingId)
        .query((rs, n) -> new Attendance(rs.getString("member_id"), rs.getBoolean("is_head"), rs.getBoolean("present"),
            rs.getString("absence_reason")))
        .list();
  }

  void addOpinion(long meetingId, String memberId, String vote, String opinion) {
    jdbc.sql("INSERT INTO nf_organ_meeting_opinion (meeting_id, member_id, vote, opinion, given_at) VALUES (?, ?, ?, ?, ?)")
        .params(meetingId, memberId, vote, opinion, now())
        .update();
  }

  public List<Opinion> opinions(long meetingId) {
    return jdbc.sql("SELECT member_id, vote, opinion FROM nf_organ_meeting_opinion WHERE meeting_id = ? ORDER BY id")
        .param(meetingId)
        .query((rs, n) -> new Opinion(rs.getString("member_id"), rs.getString("vote"), rs.getString("opinion")))
        .list();
  }

  void setMajority(long meetingId, String majority) {
    jdbc.sql("UPDATE nf_organ_meeting SET majority = ? WHERE id = ?").params(majority, meetingId).update();
  }

  void decide(long meetingId, String decision, String label, String reason, String decidedBy, String signature,
      Long authorizationId) {
    jdbc.sql("UPDATE nf_organ_meeting SET decision = ?, decision_label = ?, reason = ?, decided_by = ?, "
            + "decided_signature = ?, authorization_id = ?, decided_at = ? WHERE id = ? AND decision IS NULL")
        .params(decision, label, reason, decidedBy, signature, authorizationId, now(), meetingId)
        .update();
  }

  void keepMinutes(long meetingId, String minutes, String by) {
    jdbc.sql("UPDATE nf_organ_meeting SET minutes = ?, minutes_by = ?, minutes_at = ? WHERE id = ? AND minutes IS NULL")
        .params(minutes, by, now(), meetingId)
        .update();
  }

  public Optional<Meeting> find(long meetingId) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(meetingId).query(MeetingRepository::meeting).optional();
  }

  /** Every sitting of the meetings a case called, in order. */
  public List<Meeting> ofCase(String businessKey) {
    return jdbc.sql(SELECT + " WHERE business_key = ? ORDER BY id").param(businessKey)
        .query(MeetingRepository::meeting).list();
  }

  /** The number of sittings already held by one meeting (one organ-meeting instance). */
  int sittings(String processInstanceId) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_organ_meeting WHERE process_instance_id = ?").param(processInstanceId)
        .query(Integer.class).single();
  }

  private static final String SELECT = "SELECT id, business_key, process_instance_id, sitting, matter, meeting_kind, "
      + "meeting_date, presider, member_count, present_count, quorate, quorum_rule, majority, decision, decision_label, "
      + "reason, decided_by, decided_signature, authorization_id, minutes, minutes_by, recorded_by FROM nf_organ_meeting";

  private static Meeting meeting(ResultSet rs, int n) throws SQLException {
    long auth = rs.getLong("authorization_id");
    Long authorizationId = rs.wasNull() ? null : auth;
    return new Meeting(rs.getLong("id"), rs.getString("business_key"), rs.getString("process_instance_id"),
        rs.getInt("sitting"), rs.getString("matter"), rs.getString("meeting_kind"),
        rs.getDate("meeting_date").toLocalDate(), rs.getString("presider"), rs.getInt("member_count"),
        rs.getInt("present_count"), rs.getBoolean("quorate"), rs.getString("quorum_rule"), rs.getString("majority"),
        rs.getString("decision"), rs.getString("decision_label"), rs.getString("reason"), rs.getString("decided_by"),
        rs.getString("decided_signature"), authorizationId, rs.getString("minutes"), rs.getString("minutes_by"),
        rs.getString("recorded_by"));
  }
}
