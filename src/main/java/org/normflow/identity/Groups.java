package org.normflow.identity;

import java.util.List;

/** The user groups of DESIGN.md, with their Chinese names as shown in Admin and Tasklist. */
public enum Groups {
  DRAFTERS("drafters", "起草科室"),
  LEGAL_OFFICE("legal-office", "法制机构（政策法规处）"),
  LEGAL_ADVISORS("legal-advisors", "法律顾问"),
  FAIR_COMPETITION("fair-competition", "公平竞争审查"),
  EXPERTS("experts", "专家"),
  INTEGRITY("integrity", "廉洁性审查（纪检）"),
  LEADERSHIP("leadership", "局领导（局务会）"),
  /** The organ's office (办公室): convenes the organ's meetings, records attendance and keeps the minutes (R-MD-11). */
  ORGAN_OFFICE("organ-office", "办公室"),
  AUDITORS("auditors", "监督审计"),
  ADMIN("camunda-admin", "系统管理员");

  public static final String ID_DRAFTERS = "drafters";
  public static final String ID_LEGAL_OFFICE = "legal-office";
  public static final String ID_LEGAL_ADVISORS = "legal-advisors";
  public static final String ID_FAIR_COMPETITION = "fair-competition";
  public static final String ID_EXPERTS = "experts";
  public static final String ID_INTEGRITY = "integrity";
  public static final String ID_LEADERSHIP = "leadership";
  public static final String ID_ORGAN_OFFICE = "organ-office";
  public static final String ID_AUDITORS = "auditors";
  public static final String ID_ADMIN = "camunda-admin";

  private final String id;
  private final String displayName;

  Groups(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Groups that work on tasks in Tasklist. */
  public static List<Groups> taskWorkers() {
    return List.of(
        DRAFTERS, LEGAL_OFFICE, LEGAL_ADVISORS, FAIR_COMPETITION, EXPERTS, INTEGRITY, LEADERSHIP, ORGAN_OFFICE);
  }
}
