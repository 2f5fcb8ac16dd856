package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.cleanup.StatedValidity;
import org.normflow.publication.PublicationExplanations;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_Publication (complete): R-ND-08 publication before effect: the effective date is at least N days
 * ({@code normflow.publication.effective-min-days}) after publication; sooner only on a ground from the
 * configured list ({@code normflow.grounds.early-effect}) plus a written explanation, both
 * stored. R-ND-09 filing deadline (its own clock: effect does not wait for it), with the configured filing
 * body ({@code normflow.filing.authority}) prefilled for the filing task; R-ND-10 validity period: the
 * 有效期至 the document states (optional, refused beyond the configured maximum), else the maximum. Issue 24
 * point 11: the policy explanation (解读) published with it, and for a document that concerns operators'
 * economic activity the adjustment period (722 Art 65), checked and kept by {@link PublicationExplanations}.
 */
@Component("recordPublication")
class RecordPublication implements TaskListener {

  private final DocumentRepository documents;
  private final DocumentSettings settings;
  private final WorkingDayCalendar calendar;
  private final Grounds grounds;
  private final PublicationExplanations explanations;
  private final StatedValidity statedValidity;

  RecordPublication(
      DocumentRepository documents, DocumentSettings settings, WorkingDayCalendar workingDays, Grounds grounds,
      PublicationExplanations explanations, StatedValidity statedValidity) {
    this.explanations = explanations;
    this.statedValidity = statedValidity;
    this.documents = documents;
    this.settings = settings;
    this.calendar = workingDays;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(PUBLISHED_ON, "公布日期");
    String channel = check.text(PUBLICATION_CHANNEL, "公布载体", 200);
    LocalDate effective = check.date(EFFECTIVE_ON, "施行日期");
    check.require(task.getVariable(DOC_NUMBER) != null, "文件尚未统一编号，不能公布");
    String ground = null;
    String reason = null;
    int min = settings.getEffectiveMinDays();
    if (published != null && effective != null) {
      check.require(!effective.isBefore(published), "施行日期不得早于公布日期：未经公布的规范性文件不得作为行政管理依据");
      if (!effective.isBefore(published) && effective.isBefore(published.plusDays(min))) {
        Object chosen = task.getVariable(EARLY_EFFECT_GROUND);
        if (chosen == null || chosen.toString().isBlank()) {
          check.require(false, effective.equals(published)
              ? "施行日期与公布日期为同一天：施行日期一般应在公布之日起 " + min + " 日以后，公布后立即施行须选择“提前施行的依据”并写明说明"
              : "施行日期距公布日期不足 " + min + " 日，须选择“提前施行的依据”并写明说明");
        } else {
          String code = check.oneOf(EARLY_EFFECT_GROUND, "提前施行的依据", grounds.codes(Grounds.EARLY_EFFECT));
          ground = code == null ? null : grounds.label(Grounds.EARLY_EFFECT, code);
          reason = check.text(EARLY_EFFECT_REASON, "提前施行的说明", 2000);
        }
      }
    }
    // issue 24 point 11: the explanation published with the text, and the adjustment period for operators
    // (722 Art 65) where the registry says the document concerns their economic activity
    String id = documentId(task);
    DocumentRecord doc = documents.get(id);
    PublicationExplanations.Interpretation interpretation = explanations.forDocument(check, published);
    PublicationExplanations.Adjustment adjustment =
        explanations.adjustment(check, published, effective, doc.concernsMarket());
    // R-ND-10: the document's own 有效期 when it states one, never beyond the configured maximum
    boolean trial = doc.trial() || doc.title().contains("试行") || doc.title().contains("暂行");
    LocalDate stated = check.optionalDate(STATED_VALID_UNTIL, "有效期至");
    statedValidity.check(check, trial, effective, stated);
    check.verify();
    LocalDate validUntil = statedValidity.validUntil(trial, effective, stated);
    LocalDate filingDue = published.plusDays(settings.getFilingDeadlineDays());
    // the registry keeps the ground in the law's words as chosen then (a later configuration change
    // does not rewrite it); the audit trail shows it with the explanation
    documents.recordPublication(id, published, channel, effective, ground, reason, validUntil, filingDue);
    documents.recordStatedValidity(id, stated);
    explanations.record(id, "DOCUMENT", published, interpretation, adjustment, Actors.of(task));
    task.setVariable(EARLY_EFFECT_NOTE, ground == null ? null : "提前施行的依据：" + ground + "；说明：" + reason);
    task.setVariable(FILING_DUE_AT, calendar.endOf(filingDue));
    task.setVariable(EFFECTIVE_AT, calendar.startOf(effective));
    // the filing form opens with the configured supervising body; the legal office may correct it
    task.setVariable(FILING_AUTHORITY, settings.getFilingAuthority());
  }
}
