package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PlanMakeUp, R-MD-18 (713 Art 14-26): the legality review found a procedure missing; its
 * {@code missingProcedures} (contract v2: CONSULTATION, FAIR_COMPETITION_REVIEW, HEARING,
 * EXPERT_ARGUMENTATION, RISK_ASSESSMENT) become the run-flags of a make-up round, so the case goes back
 * to RUN exactly those procedures (the consultation call, the fair competition review, the hearing
 * call, the expert selection and opinions, the risk assessment) and then to a fresh legality review;
 * a text revision alone never cures it. A procedure made up is also required among the discussion
 * materials (R-MD-10). The round is recorded (report MAKE_UP).
 */
@Component("planDecisionMakeUp")
class PlanDecisionMakeUp implements JavaDelegate {

  static final Map<String, String> PROCEDURES = new LinkedHashMap<>();

  static {
    PROCEDURES.put(PROC_CONSULTATION, "公众参与（公开征求意见）");
    PROCEDURES.put(PROC_FAIR_COMPETITION_REVIEW, "公平竞争审查");
    PROCEDURES.put(PROC_HEARING, "听证");
    PROCEDURES.put(PROC_EXPERT_ARGUMENTATION, "专家论证");
    PROCEDURES.put(PROC_RISK_ASSESSMENT, "风险评估");
  }

  private final DecisionRepository decisions;

  PlanDecisionMakeUp(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object value = execution.getVariable(MISSING_PROCEDURES);
    List<String> codes = new ArrayList<>();
    for (String code : (value == null ? "" : value.toString()).split(",")) {
      String c = code.strip();
      if (PROCEDURES.containsKey(c) && !codes.contains(c)) {
        codes.add(c);
      } else if (!c.isEmpty()) {
        throw new IllegalStateException("合法性审查返回了无法识别的缺少程序：" + c);
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("合法性审查认定缺少程序，但未写明缺少哪一项程序");
    }
    execution.setVariable(MAKE_UP_ROUND, true);
    execution.setVariable(RUN_CONSULTATION, codes.contains(PROC_CONSULTATION));
    execution.setVariable(RUN_HEARING, codes.contains(PROC_HEARING));
    execution.setVariable(RUN_EXPERTS, codes.contains(PROC_EXPERT_ARGUMENTATION));
    execution.setVariable(RUN_RISK, codes.contains(PROC_RISK_ASSESSMENT));
    execution.setVariable(RUN_FCR, codes.contains(PROC_FAIR_COMPETITION_REVIEW));
    // what is made up belongs among the discussion materials
    if (codes.contains(PROC_HEARING)) {
      execution.setVariable(HEARING_REQUIRED, true);
    }
    if (codes.contains(PROC_EXPERT_ARGUMENTATION)) {
      execution.setVariable(EXPERT_REQUIRED, true);
    }
    if (codes.contains(PROC_RISK_ASSESSMENT)) {
      execution.setVariable(RISK_ASSESSMENT_REQUIRED, true);
    }
    if (codes.contains(PROC_FAIR_COMPETITION_REVIEW)) {
      execution.setVariable(FCR_REQUIRED, true);
    }
    decisions.addReport(DecisionCase.id(execution), DecisionRepository.MAKE_UP,
        "合法性审查认定缺少程序，退回补正：" + String.join("、", codes.stream().map(PROCEDURES::get).toList())
            + "；补正后重新进行合法性审查", null);
  }
}
