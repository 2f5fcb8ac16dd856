package org.normflow.cleanup;

import org.springframework.stereotype.Component;

/**
 * The door other features use to have a document in force corrected by amendment (修订) as validity
 * management and the cleanup do (R-ND-10, R-ND-11): a new normative-document case of the same drafting
 * unit, linked to the document, which stays in force until the amendment does. Used by the incidental
 * review (challenge, R-ND-15).
 */
@Component
public class DocumentCorrections {

  private final CleanupRepository registry;
  private final DocumentCases cases;

  DocumentCorrections(CleanupRepository registry, DocumentCases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  /** Starts the amendment of the document; returns the new case's process instance id. */
  public String startAmendment(String documentId, String why) {
    CleanupRepository.Doc doc = registry.document(documentId).orElseThrow();
    return cases.startAmendment(doc, why);
  }
}
