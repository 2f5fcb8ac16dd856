package org.normflow.document;

import org.normflow.OnPostgres;

/** The normative-document procedure and its registry on PostgreSQL (NormativeDocumentProcessTests). */
@OnPostgres
class NormativeDocumentProcessOnPostgresTests extends NormativeDocumentProcessTests {}
