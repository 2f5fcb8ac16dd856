package org.normflow.e2e;

import org.normflow.OnPostgres;

/** The normative-document browser journey against PostgreSQL (NormativeDocumentJourneyTests). */
@OnPostgres
class NormativeDocumentJourneyOnPostgresTests extends NormativeDocumentJourneyTests {}
