package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PostEvaluation (complete, decision-implementation), R-MD-15: the evaluation the head ordered,
 * by the unit the head named (the legal office, or a commissioned unit whose report the legal office
 * enters). The evaluation advises; the head decides the outcome (Task_DecideOutcome). Sets
 * evaluationAdviceText for the head's form; nothing here is read by a gateway. Issue 24 point 7 (713 Art
 * 36(3)): the evaluation records how, when and with how many opinions the public was heard (required: an
 * evaluation without public participation is refused) and whether deputies, CPPCC members and experts took part.
 */
@Component("recordPostEvaluation")
class RecordPostEvaluation implements TaskListener {

  private final DecisionRepository decisions;

  RecordPostEvaluation(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String report = check.text(EVALUATION_REPORT, "评估报告", 4000);
    String advice = check.oneOf(EVALUATION_ADVICE, "评估建议", DecisionMeasures.ADVICE.keySet());
    // issue 24 point 7 (713 Art 36(3)): an evaluation that did not hear the public is refused
    String method = check.text(PUBLIC_PARTICIPATION_METHOD, "听取公众意见的方式", 500);
    java.time.LocalDate from = check.date(PUBLIC_PARTICIPATION_FROM, "听取意见开始日期");
    java.time.LocalDate to = check.date(PUBLIC_PARTICIPATION_TO, "听取意见结束日期");
    Integer opinions = check.integer(PUBLIC_OPINION_COUNT, "收到的公众意见（条）", 0, 1_000_000);
    boolean deputies = check.checked(DEPUTIES_INVOLVED, "人大代表参与了评估");
    boolean cppcc = check.checked(CPPCC_INVOLVED, "政协委员参与了评估");
    boolean experts = check.checked(EXPERTS_INVOLVED, "专家参与了评估");
    String participants = check.optionalText(PARTICIPANTS_NOTE);
    check.require(!(deputies || cppcc || experts) || participants != null,
        "勾选了人大代表、政协委员或者专家参与评估的，请填写“参与评估的人大代表、政协委员、专家、人民团体、基层组织、社会组织”");
    check.require(participants == null || participants.length() <= 2000,
        "“参与评估的人大代表、政协委员、专家、人民团体、基层组织、社会组织”不能超过 2000 个字");
    check.verify();
    String participation = "听取公众意见：" + method + "，" + from + " 至 " + to + "，收到意见 " + opinions + " 条"
        + "\n人大代表参与：" + (deputies ? "是" : "否") + "；政协委员参与：" + (cppcc ? "是" : "否") + "；专家参与："
        + (experts ? "是" : "否") + (participants == null ? "" : "\n参与者：" + participants);
    String adviceText = DecisionMeasures.ADVICE.get(advice);
    task.setVariable(EVALUATION_ADVICE_TEXT, adviceText);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EVALUATION,
        DecisionCase.cap("评估单位：" + task.getVariable(EVALUATOR_NAME) + "\n评估建议：" + adviceText + "\n" + participation
            + "\n评估报告：" + report),
        Actors.of(task));
    decisions.recordFinding(DecisionCase.id(task), DecisionRepository.EVALUATION, advice);
  }
}
