package org.normflow.audit;

import org.normflow.OnPostgres;

/** The checks that read the record and the engine's history (RecordComplianceTests): their SQL on PostgreSQL. */
@OnPostgres
class RecordComplianceOnPostgresTests extends RecordComplianceTests {}
