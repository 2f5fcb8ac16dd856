package org.normflow.head;

import java.util.Arrays;
import java.util.Optional;

/**
 * One of the head's steps as it was done: by whom (the authenticated user), under which recorded
 * authorization when a deputy acted (else null), and the sentence the record shows, e.g. "吴刚 签发"
 * or "郑伟 依据 吴刚 的授权（第 3 号）代为签发".
 */
public record HeadAct(String actor, Long authorizationId, String note) {

  /** The BPMN extension property by which a head task declares which of the head's acts it is. */
  public static final String PROPERTY = "headAct";

  public boolean byDeputy() {
    return authorizationId != null;
  }

  /** What a record's signature line carries: the head's user id, or the deputy's sentence. */
  public String signature() {
    return byDeputy() ? note : actor;
  }

  /**
   * R-ND-14: the head's acts (主要负责人的职权事项), the one list of what an authorization may cover. Every
   * head task of every model (assigned with {@code ${headOfOrganisation.assigneeFor(execution)}}) declares
   * its act with {@code <camunda:property name="headAct" value="SIGN_DOCUMENT" />}; the start form
   * {@code head-authorization-start} offers exactly these values with these labels
   * ({@code head.HeadActListTests} fails on a head task without one, or a form out of step). A new head
   * task: add its constant here, its property in the model and its option in the form.
   */
  public enum Kind {
    SIGN_DOCUMENT("签发规范性文件", "签发", false),
    DECIDE_START("决定是否启动重大行政决策程序", "决定是否启动决策程序", false),
    JUDGE_RISK("判断决策风险是否可控", "判断风险是否可控", false),
    /** 713 Art 30: the decision after collective discussion; delegable only when configured (R-ND-14). */
    DECIDE_DECISION("集体讨论后作出决策决定", "作出决定", true),
    DECIDE_NOT_TO_PROCEED("决定终止决策程序（不予出台）", "决定是否终止决策程序", false),
    SUSPEND_EXECUTION("决定中止执行决策", "中止执行", false),
    DECIDE_EVALUATION("决定是否开展决策后评估", "决定是否开展决策后评估", false),
    DECIDE_OUTCOME("作出决策执行的处理决定", "作出决策执行的处理决定", false),
    APPROVE_CATALOGUE("审定年度决策事项目录", "审定年度目录", false),
    APPROVE_ADJUSTMENT("审定目录调整", "审定目录调整", false),
    APPROVE_ABOLITION("审批废止规范性文件", "审批废止规范性文件", false),
    SUPERVISE_CHALLENGE_ANSWER("督办逾期的附带审查书面答复", "督办逾期的书面答复", false),
    DECIDE_ORGAN_MATTER("作出机关决定（清理结果、有效期届满后是否继续施行）", "作出机关决定", false),
    SIGN_ORGAN_DECISION("签发清理、废止决定和继续施行的文件", "签发决定", false),
    SET_EXECUTION_TERMS("明确决策执行单位、执行时限和反馈要求", "明确执行单位、执行时限和反馈要求", false);

    private final String label;
    private final String step;
    private final boolean collectiveDecision;

    Kind(String label, String step, boolean collectiveDecision) {
      this.label = label;
      this.step = step;
      this.collectiveDecision = collectiveDecision;
    }

    /** As the form and the authorization name it. */
    public String label() {
      return label;
    }

    /** As a step's record names it: "吴刚 签发", "… 代为作出决定". */
    public String step() {
      return step;
    }

    /** The 713 Art 30 decision taken after collective discussion. */
    public boolean collectiveDecision() {
      return collectiveDecision;
    }

    public static Optional<Kind> named(String name) {
      return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
  }
}
