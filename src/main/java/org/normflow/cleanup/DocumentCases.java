package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.MESSAGE_DOCUMENT_ENDED;
import static org.normflow.process.CleanupVariables.REPLACED_BY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.normflow.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * The cases NormFlow opens and closes around a document in force: the amendment (修订) case, a new
 * {@code normative-document} linked to the old document (R-ND-10, R-ND-11), and the message that ends
 * the document's validity case when it was abolished or declared invalid elsewhere.
 */
@Component
class DocumentCases {

  static final List<String> DOC_TYPES = List.of("通知", "办法", "规定", "细则", "意见", "决定", "公告", "其他");

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CleanupRepository registry;

  DocumentCases(RuntimeService runtime, IdentityService identity, CleanupRepository registry) {
    this.runtime = runtime;
    this.identity = identity;
    this.registry = registry;
  }

  /**
   * Starts the amendment of a document in force as a new normative-document case of the same drafting
   * unit; the old document stays in force until the amendment enters into force. Returns the new case.
   */
  String startAmendment(CleanupRepository.Doc old, String why) {
    Map<String, Object> values = new HashMap<>();
    String title = old.title() + "（修订）";
    values.put("title", title.length() > 200 ? title.substring(0, 200) : title);
    values.put("docType", DOC_TYPES.contains(old.docType()) ? old.docType() : "其他");
    values.put("issuingUnit", old.issuingUnit());
    values.put("trial", old.trial());
    values.put("concernsMarket", old.concernsMarket());
    if (old.concernsMarket()) {
      values.put("marketAccount", "修订" + (old.docNumber() == null ? "" : old.docNumber()) + "，原文件涉及经营者的经济活动");
    }
    values.put("majorDecision", false);
    ProcessInstance started = SystemEngine.run(identity, true,
        () -> runtime.startProcessInstanceByKey(ProcessKeys.NORMATIVE_DOCUMENT, values));
    String newId = registry.documentOfInstance(started.getId())
        .orElseThrow(() -> new IllegalStateException("修订案件没有登记：" + started.getId()));
    registry.linkAmendment(newId, old.id());
    if (old.draftingUnit() != null) {
      registry.assignUnit(newId, old.draftingUnit());
      SystemEngine.run(identity, false, () -> {
        runtime.setVariable(started.getId(), "draftingUnit", old.draftingUnit());
        return null;
      });
    }
    registry.event(old.id(), "AMENDMENT_STARTED", why, old.docNumber(), null, old.validUntil(), null, null, null,
        newId, null);
    return started.getId();
  }

  /** Ends the document's validity case, if one runs (the document was abolished or declared invalid). */
  void endValidityCase(String documentId, String replacedBy) {
    SystemEngine.run(identity, false, () -> {
      runtime.createMessageCorrelation(MESSAGE_DOCUMENT_ENDED)
          .processInstanceBusinessKey(documentId)
          .setVariable(REPLACED_BY, replacedBy)
          .correlateAllWithResult();
      return null;
    });
  }
}
