package org.normflow.audit;

import org.normflow.OnPostgres;

/** The auditors' register, compliance checks and annual figures: their SQL on PostgreSQL (WorkbenchTests). */
@OnPostgres
class WorkbenchOnPostgresTests extends WorkbenchTests {}
