package org.normflow.decision;

import org.normflow.OnPostgres;

/** The major-decision procedure and its registry on PostgreSQL (DecisionProcessTests). */
@OnPostgres
class DecisionProcessOnPostgresTests extends DecisionProcessTests {}
