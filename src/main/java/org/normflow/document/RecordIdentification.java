package org.normflow.document;

import org.normflow.identity.People;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_IdentifyDocument (complete), 规范性文件认定和适用程序确认, R-ND-13, R-ND-03, R-ND-12, R-MD-18: for
 * EVERY document the legal office, on the drafter's account, finds whether the draft is a normative
 * document and, for one that is, whether fair competition review applies (operators' economic activity)
 * and whether the major-decision track applies, each with a reason. The finding is recorded with who and
 * when; the gateways ({@code identifiedAsNormative}, {@code majorDecisionConfirmed}) and the rule table
 * {@code normative-document-reviews} ({@code marketConfirmed}) read only the variables set here from the
 * checked finding, never the drafter's ticks or the form values themselves.
 */
@Component("recordIdentification")
class RecordIdentification implements TaskListener {

  static final List<String> IDENTIFICATION_FINDINGS =
      List.of(DocumentRecord.Identification.NORMATIVE, DocumentRecord.Identification.NOT_NORMATIVE);
  static final String APPLIES = "APPLIES";
  static final List<String> FCR_FINDINGS = List.of(APPLIES, "NOT_APPLIES");
  static final List<String> TRACK_FINDINGS = List.of("MAJOR_DECISION", "ORDINARY");

  private final DocumentRepository documents;
  private final WorkingDayCalendar calendar;
  private final People people;

  RecordIdentification(DocumentRepository documents, WorkingDayCalendar calendar, People people) {
    this.documents = documents;
    this.calendar = calendar;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String finding = check.oneOf(IDENTIFICATION_FINDING, "认定结论", IDENTIFICATION_FINDINGS);
    String reason = check.text(IDENTIFICATION_REASON, "认定理由", RegisterDocument.MAX_REASON);
    boolean normative = DocumentRecord.Identification.NORMATIVE.equals(finding);
    Boolean market = null;
    Boolean major = null;
    String fcrReason = null;
    String trackReason = null;
    if (normative) {
      String fcr = check.oneOf(FCR_FINDING, "公平竞争审查是否适用", FCR_FINDINGS);
      fcrReason = check.text(FCR_FINDING_REASON, "公平竞争审查是否适用的理由", RegisterDocument.MAX_REASON);
      String track = check.oneOf(TRACK_FINDING, "办理程序", TRACK_FINDINGS);
      trackReason = check.text(TRACK_FINDING_REASON, "办理程序的理由", RegisterDocument.MAX_REASON);
      market = fcr == null ? null : APPLIES.equals(fcr);
      major = track == null ? null : "MAJOR_DECISION".equals(track);
    }
    check.verify();
    String who = Actors.of(task);
    documents.recordFinding(
        new DocumentRepository.Finding(documentId(task), finding, reason, market, fcrReason, major, trackReason, who));
    task.setVariable(IDENTIFIED_AS_NORMATIVE, normative);
    task.setVariable(MARKET_CONFIRMED, Boolean.TRUE.equals(market));
    task.setVariable(MAJOR_DECISION_CONFIRMED, Boolean.TRUE.equals(major));
    task.setVariable(APPLICABILITY_FINDING, summary(people.name(who), calendar.today(), normative, reason, market, fcrReason, major, trackReason));
  }

  /** The finding in words, for later forms (a disabled field: it holds what the legal office wrote). */
  static String summary(
      String who, LocalDate on, boolean normative, String reason, Boolean market, String fcrReason, Boolean major,
      String trackReason) {
    StringBuilder text = new StringBuilder();
    text.append("法制机构认定（").append(who).append("，").append(on).append("）：")
        .append(DocumentRecord.Identification.label(normative ? DocumentRecord.Identification.NORMATIVE
            : DocumentRecord.Identification.NOT_NORMATIVE))
        .append("。理由：").append(reason);
    if (normative) {
      text.append("\n公平竞争审查：").append(DocumentRecord.Identification.fcrLabel(market)).append("。理由：").append(fcrReason);
      text.append("\n办理程序：").append(DocumentRecord.Identification.trackLabel(major)).append("。理由：").append(trackReason);
    }
    String s = text.toString();
    return s.length() <= DocumentSteps.MAX_TEXT ? s : s.substring(0, DocumentSteps.MAX_TEXT - 20) + "……（全文见登记簿）";
  }
}
