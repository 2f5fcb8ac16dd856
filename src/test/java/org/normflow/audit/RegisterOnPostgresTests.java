package org.normflow.audit;

import org.normflow.OnPostgres;

/** The register's summary, filters, paging and sorting: their SQL on PostgreSQL (RegisterTests). */
@OnPostgres
class RegisterOnPostgresTests extends RegisterTests {}
