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
  /**
   * R-MD-17 (713 Art 3): the classes of decision outside the procedure, code to Chinese label; the
   * form major-decision-decide-start offers the same codes.
   */
  private Map<String, String> outsideProcedureGrounds = new LinkedHashMap<>(Map.of(
      "EMERGENCY_RESPONSE", "突发事件应急处置决策",
      "GOVERNMENT_LEGISLATION", "政府立法决策",
      "MACRO_CONTROL", "财政政策、货币政策等宏观调控决策"));
  /** 713 Art 30: kinds of meeting that discuss a decision, code to label (form major-decision-record-meeting). */
  private Map<String, String> meetingKinds = new LinkedHashMap<>(Map.of(
      "STANDING", "政府常务会议",
      "PLENARY", "政府全体会议",
      "LEADERSHIP", "部门领导班子会议"));
  /** 783 Art 12: grounds of an exception in the fair competition review, code to label. */
  private Map<String, String> fcrExceptionGrounds = new LinkedHashMap<>(Map.of(
      "NATIONAL_SECURITY", "维护国家安全和发展利益",
      "INNOVATION", "促进科学技术进步、增强国家自主创新能力",
      "PUBLIC_INTEREST", "为实现节约能源、保护环境、救灾救助等社会公共利益",
      "OTHER_LAW", "法律、行政法规规定的其他情形"));

  public Map<String, String> getOutsideProcedureGrounds() {
    return outsideProcedureGrounds;
  }

  public void setOutsideProcedureGrounds(Map<String, String> outsideProcedureGrounds) {
    this.outsideProcedureGrounds = outsideProcedureGrounds;
  }

  public Map<String, String> getMeetingKinds() {
    return meetingKinds;
  }

  public void setMeetingKinds(Map<String, String> meetingKinds) {
    this.meetingKinds = meetingKinds;
  }

  public Map<String, String> getFcrExceptionGrounds() {
    return fcrExceptionGrounds;
  }

  public void setFcrExceptionGrounds(Map<String, String> fcrExceptionGrounds) {
    this.fcrExceptionGrounds = fcrExceptionGrounds;
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
}
