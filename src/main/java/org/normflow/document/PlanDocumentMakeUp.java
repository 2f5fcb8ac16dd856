package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.process.ConsultationVariables;
import org.normflow.process.LegalityReviewVariables;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PlanMakeUp, R-ND-04, R-MD-18: the legality review found a procedure missing and named it
 * ({@code missingProcedures}, legality-review contract v2). The finding is recorded and turned into the
 * system variables the round reads: {@code fcrNeeded} (fair competition review runs again, R-ND-03) and
 * {@code consultationNeeded} (the public consultation runs again, R-ND-02). Procedures not named are not
 * rerun. A missing fair competition review also corrects the market fact: the document concerns
 * operators' economic activity, so the rule table gives the consultation minimum anew, and a consultation
 * held under the lower minimum runs again (R-ND-02, 722 Art 62) although the review did not name it.
 */
@Component("planDocumentMakeUp")
class PlanDocumentMakeUp implements JavaDelegate {

  /** The procedures a normative document can be found to lack, with their names. */
  static final Map<String, String> PROCEDURES = new LinkedHashMap<>();

  static {
    PROCEDURES.put(PROCEDURE_CONSULTATION, "公开征求意见");
    PROCEDURES.put(PROCEDURE_FAIR_COMPETITION_REVIEW, "公平竞争审查");
  }

  private final DocumentRepository documents;

  PlanDocumentMakeUp(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing = parse((String) execution.getVariable(MISSING_PROCEDURES));
    String id = documentId(execution);
    documents.recordMakeUp(id, String.join(",", missing), (String) execution.getVariable(LegalityReviewVariables.LEGALITY_OPINION));
    boolean fcr = missing.contains(PROCEDURE_FAIR_COMPETITION_REVIEW);
    boolean consultation = missing.contains(PROCEDURE_CONSULTATION);
    if (fcr && !Boolean.TRUE.equals(execution.getVariable(MARKET_CONFIRMED))) {
      documents.confirmMarketByLegalityReview(id);
      execution.setVariable(MARKET_CONFIRMED, true);
      DmnDecisionResultEntries plan =
          execution.getProcessEngineServices().getDecisionService()
              .evaluateDecisionByKey("normative-document-reviews")
              .variables(Map.of(MARKET_CONFIRMED, true))
              .evaluate()
              .getSingleResult();
      execution.setVariable(
          ConsultationVariables.CONSULTATION_MIN_DAYS,
          ((Number) plan.get(ConsultationVariables.CONSULTATION_MIN_DAYS)).intValue());
      execution.setVariable(
          ConsultationVariables.CONSULTATION_DAY_KIND, plan.get(ConsultationVariables.CONSULTATION_DAY_KIND));
    }
    String procedures = String.join("、", missing.stream().map(PROCEDURES::get).toList());
    // R-ND-02 (722 Art 62, issue 24 point 3): the confirmed market fact raises the minimum; a consultation
    // held under the lower minimum is run again, although the review did not name it
    int min = ((Number) execution.getVariable(ConsultationVariables.CONSULTATION_MIN_DAYS)).intValue();
    String kind = (String) execution.getVariable(ConsultationVariables.CONSULTATION_DAY_KIND);
    if (!consultation && !heldLongEnough(id, min, kind)) {
      consultation = true;
      procedures += "、公开征求意见（文件涉及经营者经济活动，征求意见期限不少于 " + min
          + ("WORKING_DAYS".equals(kind) ? " 个工作日" : " 日") + "，此前的征求意见期限不足，重新征求意见）";
    }
    execution.setVariable(FCR_NEEDED, fcr);
    execution.setVariable(CONSULTATION_NEEDED, consultation);
    execution.setVariable(MAKE_UP_PROCEDURES, procedures);
  }

  /**
   * Whether a consultation of the document already met this minimum: one of the same kind at least as
   * long, or, for a minimum in calendar days, one that ran at least that many days.
   */
  private boolean heldLongEnough(String id, int min, String kind) {
    boolean working = "WORKING_DAYS".equals(kind);
    for (Map<String, Object> c : documents.consultations(id)) {
      if (c.get("closed_on") == null) {
        continue;
      }
      boolean sameKind = working == "WORKING_DAYS".equals(c.get("day_kind"));
      int period = ((Number) c.get("period_days")).intValue();
      long span = java.time.temporal.ChronoUnit.DAYS.between(day(c.get("opened_on")), day(c.get("closes_on")));
      Object reason = c.get("shortened_reason");
      boolean shortenedUnderThisMinimum = sameKind && ((Number) c.get("min_days")).intValue() >= min
          && reason != null && !reason.toString().isBlank();
      if ((sameKind ? period >= min : !working && span >= min) || shortenedUnderThisMinimum) {
        return true;
      }
    }
    return false;
  }

  private static java.time.LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : java.time.LocalDate.parse(value.toString().substring(0, 10));
  }

  /** The named procedures in their fixed order; an empty or unknown list is refused to the reviewer. */
  static List<String> parse(String codes) {
    List<String> named = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    if (codes != null) {
      for (String code : codes.split(",")) {
        String c = code.strip();
        if (c.isEmpty()) {
          continue;
        }
        if (PROCEDURES.containsKey(c)) {
          named.add(c);
        } else {
          unknown.add(c);
        }
      }
    }
    if (named.isEmpty() || !unknown.isEmpty()) {
      throw new FormValidationException(
          List.of("审查结论为“缺少程序”时，须列明规范性文件缺少的程序（公开征求意见、公平竞争审查）"));
    }
    return PROCEDURES.keySet().stream().filter(named::contains).toList();
  }
}
