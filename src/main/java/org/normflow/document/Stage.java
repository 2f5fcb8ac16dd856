package org.normflow.document;

/** Where a normative document stands; stored in the registry and shown in Chinese. */
public enum Stage {
  DRAFTING("起草中"),
  UNDER_REVIEW("审查中"),
  DELIBERATED("已审议"),
  PUBLISHED("已公布"),
  FILED("已备案"),
  IN_FORCE("有效"),
  WITHDRAWN("已撤回"),
  EXPIRED("已失效"),
  ABOLISHED("已废止"),
  /** R-ND-13: the legal office found the draft is not a normative document; it left the procedure. */
  NOT_NORMATIVE("不属于行政规范性文件");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
