package org.normflow.cleanup;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RenewDocument (document-validity), R-ND-10, R-ND-07, R-ND-14: the organ decided to continue
 * the document, the head signed it (its new number was taken at signing) and the legal office published it:
 * the registry takes the re-issue from the organ's decision row (nf_organ_decision): the new number, the
 * publication date and channel, and the new validity: the 有效期至 the re-issued document states, else the
 * configured maximum from its effective date ({@code normflow.validity.years}, {@code trial-years} for
 * 试行/暂行). Nothing here comes from a form variable. The old number and period stay in the events.
 */
@Component("renewDocument")
class RenewDocument implements JavaDelegate {

  private final CleanupRepository registry;
  private final OrganDecisions organ;
  private final StatedValidity statedValidity;
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("〔(\\d{4})〕(\\d+)号$");

  RenewDocument(CleanupRepository registry, OrganDecisions organ, StatedValidity statedValidity) {
    this.registry = registry;
    this.organ = organ;
    this.statedValidity = statedValidity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrganDecisionRepository.Decision current = organ.current(execution);
    if (!OrganDecisionRepository.VALIDITY.equals(current.subject()) || !"CONTINUE".equals(current.decision())
        || current.number() == null || current.publishedOn() == null || current.effectiveOn() == null) {
      throw new IllegalStateException("文件未经机关决定继续施行、签发和公布，不能重新登记");
    }
    CleanupRepository.Doc doc = registry.document(current.subjectRef()).orElseThrow();
    boolean trial = doc.trial() || doc.title().contains("试行") || doc.title().contains("暂行");
    LocalDate validUntil = statedValidity.validUntil(trial, current.effectiveOn(), current.statedValidUntil());
    var number = NUMBER.matcher(current.number());
    if (!number.find()) {
      throw new IllegalStateException("文号格式不符：" + current.number());
    }
    registry.renew(doc.id(), current.number(), Integer.parseInt(number.group(1)), Integer.parseInt(number.group(2)),
        current.publishedOn(),
        current.channel(), validUntil, current.statedValidUntil());
    registry.event(doc.id(), "RENEWED", "机关决定继续施行，经签发重新公布（" + current.channel() + "），施行日期 "
        + current.effectiveOn(), doc.docNumber(), current.number(), doc.validUntil(), validUntil, null, null, null,
        null);
  }
}
