package org.normflow.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.decision.*}: the numbers and switches of the major-decision procedure that differ
 * by province or agency. Bean {@code decisionSettings}, read by delegates and BPMN expressions.
 */
@Component("decisionSettings")
@ConfigurationProperties(prefix = "normflow.decision")
public class DecisionSettings {

  /** R-MD-04: minimum public comment period in calendar days. */
  private int consultationMinDays = 30;
  /** R-MD-09: minimum legality review period in working days. */
  private int reviewMinWorkingDays = 7;
  /** Limit of the legality review before escalation, in working days. */
  private int reviewMaxWorkingDays = 15;
  /** R-C-04: integrity review switched on for this agency. */
  private boolean integrityReviewEnabled = true;
  /** R-MD-05: materials delivered at least this many days before the hearing. */
  private int hearingMaterialsDays = 7;
  /**
   * R-MD-11: the members who give opinions before the head; empty = group leadership minus the head
   * (the head is {@code normflow.organisation.head}, see org.normflow.head).
   */
  private List<String> members = new ArrayList<>(List.of("deputy1", "deputy2"));
  /** R-MD-14: ISO 8601 cycle of progress reports during implementation. */
  private String progressReportCycle = "R/P90D";
  /** 713 Art 30: kinds of meeting that discuss a decision, code to label (form major-decision-record-meeting). */
  private Map<String, String> meetingKinds = new LinkedHashMap<>();

  {
    meetingKinds.put("STANDING", "政府常务会议");
    meetingKinds.put("PLENARY", "政府全体会议");
    meetingKinds.put("LEADERSHIP", "部门领导班子会议");
    meetingKinds.put("PARTY_COMMITTEE", "党委（党组）会议");
  }

  public Map<String, String> getMeetingKinds() {
    return meetingKinds;
  }

  public void setMeetingKinds(Map<String, String> meetingKinds) {
    this.meetingKinds = meetingKinds;
  }

  /**
   * R-MD-14, R-C-03: ISO 8601 duration within which a progress report asked by the cycle is due; when
   * it passes, the lateness is recorded and the legal office is asked to urge the report.
   */
  private String progressReportDue = "P15D";

  public String getProgressReportDue() {
    return progressReportDue;
  }

  public void setProgressReportDue(String progressReportDue) {
    this.progressReportDue = progressReportDue;
  }

  public int getConsultationMinDays() {
    return consultationMinDays;
  }

  public void setConsultationMinDays(int consultationMinDays) {
    this.consultationMinDays = consultationMinDays;
  }

  public int getReviewMinWorkingDays() {
    return reviewMinWorkingDays;
  }

  public void setReviewMinWorkingDays(int reviewMinWorkingDays) {
    this.reviewMinWorkingDays = reviewMinWorkingDays;
  }

  public int getReviewMaxWorkingDays() {
    return reviewMaxWorkingDays;
  }

  public void setReviewMaxWorkingDays(int reviewMaxWorkingDays) {
    this.reviewMaxWorkingDays = reviewMaxWorkingDays;
  }

  public boolean isIntegrityReviewEnabled() {
    return integrityReviewEnabled;
  }

  public void setIntegrityReviewEnabled(boolean integrityReviewEnabled) {
    this.integrityReviewEnabled = integrityReviewEnabled;
  }

  public int getHearingMaterialsDays() {
    return hearingMaterialsDays;
  }

  public void setHearingMaterialsDays(int hearingMaterialsDays) {
    this.hearingMaterialsDays = hearingMaterialsDays;
  }

  public List<String> getMembers() {
    return members;
  }

  public void setMembers(List<String> members) {
    this.members = members;
  }

  public String getProgressReportCycle() {
    return progressReportCycle;
  }

  public void setProgressReportCycle(String progressReportCycle) {
    this.progressReportCycle = progressReportCycle;
  }

  /**
   * Issue 24 point 4, R-MD-19 (713 Art 31): a major decision is reported to the same-level Party committee
   * (请示报告) and its answer recorded before it is published; local rules say how, the stricter default is on.
   */
  private boolean partyCommitteeReport = true;

  public boolean isPartyCommitteeReport() {
    return partyCommitteeReport;
  }

  public void setPartyCommitteeReport(boolean partyCommitteeReport) {
    this.partyCommitteeReport = partyCommitteeReport;
  }
}
