package org.normflow.catalogue;

import java.time.LocalDate;

/** A drafting unit's proposal for the annual decision catalogue (R-MD-01), as the unit gave it. */
public record CatalogueProposal(
    long id,
    int year,
    String unitGroup,
    String unitName,
    String title,
    LocalDate plannedCompletion,
    boolean hearingPlanned,
    String reason,
    String proposedBy) {}
