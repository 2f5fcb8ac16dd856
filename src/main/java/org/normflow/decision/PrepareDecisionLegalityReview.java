package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PrepareLegalityReview, R-MD-08, R-MD-09 (713 Art 26), R-MD-18: before every legality
 * review (first, after a revision, after a make-up round, after a deferral) the system writes, from the
 * decision's own record, what the reviewer must see: {@code reviewDraftText} (the plan text(s) of the
 * current version), {@code procedureAccount} (程序履行情况说明: which procedures ran, when and with what
 * result, which were found not to apply and why, which were made up) and {@code reviewExploratoryReform}:
 * true only when the decision organ classified this standalone decision as an exploratory reform on a
 * matter without clear state provision (report EXPLORATORY_REFORM written by recordStartDecision), never
 * for a decision called for a normative document.
 */
@Component("prepareDecisionLegalityReview")
class PrepareDecisionLegalityReview implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final DecisionRepository decisions;

  PrepareDecisionLegalityReview(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    DecisionRecord record = decisions.get(id);
    execution.setVariable(REVIEW_DRAFT_TEXT, DecisionCase.cap(draftText(record)));
    execution.setVariable(PROCEDURE_ACCOUNT, DecisionCase.cap(procedureAccount(record, decisions.findings(id))));
    boolean exploratory = record.documentId() == null
        && record.reports().stream().anyMatch(r -> r.kind().equals(DecisionRepository.EXPLORATORY_REFORM));
    execution.setVariable(REVIEW_EXPLORATORY_REFORM, exploratory);
  }

  /** The plans of the newest version, each under its label. */
  static String draftText(DecisionRecord record) {
    int newest = record.versions().stream().mapToInt(DecisionRecord.Version::versionNo).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (DecisionRecord.Version v : record.versions()) {
      if (v.versionNo() == newest) {
        text.append(text.isEmpty() ? "" : "\n\n").append("【").append(v.planLabel()).append("】（第 ").append(newest)
            .append(" 版）\n").append(v.planText());
      }
    }
    return text.toString();
  }

  /** 程序履行情况说明 from the record, in the order of the procedure. */
  static String procedureAccount(DecisionRecord record, List<DecisionRepository.Finding> findings) {
    StringBuilder account = new StringBuilder("程序履行情况说明（由系统根据决策档案生成）\n");
    line(account, record, DecisionRepository.PROPOSAL, "决策启动");
    line(account, record, DecisionRepository.START_DECISION, "启动决定");
    line(account, record, DecisionRepository.EXPLORATORY_REFORM, "探索性改革事项认定");
    line(account, record, DecisionRepository.CONSULTATION_ADOPTION, "公众参与（公开征求意见）");
    line(account, record, DecisionRepository.APPLICABILITY, "法制机构认定适用程序");
    line(account, record, DecisionRepository.HEARING, "听证");
    line(account, record, DecisionRepository.EXPERT_ADOPTION, "专家论证");
    line(account, record, DecisionRepository.RISK, "风险评估");
    line(account, record, DecisionRepository.RISK_JUDGEMENT, "风险可控性判断");
    line(account, record, DecisionRepository.FAIR_COMPETITION, "公平竞争审查");
    line(account, record, DecisionRepository.MAKE_UP, "补正程序");
    line(account, record, DecisionRepository.LEGALITY, "此前的合法性审查");
    line(account, record, DecisionRepository.DEFERRAL_RESPONSE, "暂缓决策后的补充论证");
    if (findings.isEmpty()) {
      account.append("- 适用程序尚未经法制机构认定\n");
    }
    return account.toString().strip();
  }

  private static void line(StringBuilder account, DecisionRecord record, String kind, String label) {
    List<DecisionRecord.Report> reports = record.reports().stream().filter(r -> r.kind().equals(kind)).toList();
    if (reports.isEmpty()) {
      return;
    }
    DecisionRecord.Report last = reports.get(reports.size() - 1);
    String content = last.content().length() > 300 ? last.content().substring(0, 300) + "……" : last.content();
    account.append("- ").append(label).append("（").append(last.createdAt() == null ? "" : DAY.format(last.createdAt()))
        .append(reports.size() > 1 ? "，共 " + reports.size() + " 次" : "").append("）：").append(content.replace('\n', ' '))
        .append('\n');
  }
}
