package org.normflow.audit;

import org.normflow.OnPostgres;

/** The annual figures' SQL against the independent count on PostgreSQL, the production database. */
@OnPostgres
class GeneratedYearsFiguresOnPostgresTests extends GeneratedYearsFiguresTests {}
