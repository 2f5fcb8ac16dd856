package org.normflow.decision;

/** Where a major decision stands; stored in the registry and shown in Chinese. */
public enum DecisionStage {
  PROPOSED("决策启动"),
  NOT_STARTED("不予启动"),
  OUTSIDE_PROCEDURE("不适用重大行政决策程序"),
  DRAFTING("拟订决策草案"),
  PARTICIPATION("公众参与"),
  HEARING("听证"),
  EXPERT_ARGUMENTATION("专家论证"),
  RISK_ASSESSMENT("风险评估"),
  LEGALITY_REVIEW("合法性审查"),
  INTEGRITY_REVIEW("廉洁性审查"),
  DISCUSSION("集体讨论决定"),
  DEFERRED("暂缓决策"),
  REJECTED("不予通过"),
  /** R-MD-09, R-ND-04 (issue 24): after a failed review the head decided not to proceed (不予出台). */
  NOT_PROCEEDED("决定终止，不予出台"),
  RETURNED_TO_DOCUMENT("已决定，转规范性文件程序"),
  PUBLICATION("决策公布"),
  IMPLEMENTING("决策执行"),
  POST_EVALUATION("决策后评估"),
  SUSPENDED("中止执行"),
  STOPPED("停止执行"),
  SUPERSEDED("已调整（重新决策）"),
  ARCHIVED("已归档"),
  /** R-C-07: ended by the administrator's recorded step (a case that had to stop), its history kept. */
  ENDED("已终止办理");

  private final String label;

  DecisionStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
