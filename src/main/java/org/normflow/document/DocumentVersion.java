package org.normflow.document;

import java.time.LocalDateTime;

/** One version of a draft with its drafting explanation (起草说明, R-ND-01); versions are never overwritten. */
public record DocumentVersion(
    int versionNo,
    String draftText,
    String draftFileName,
    String purpose,
    String legalBasis,
    String draftingProcess,
    String mainContent,
    String changeNote,
    String createdBy,
    LocalDateTime createdAt) {}
