package org.normflow.document;

import org.normflow.OnPostgres;

/** R-ND-07 numbering on PostgreSQL: the sequence's row lock under concurrent issuers (NumberingServiceTests). */
@OnPostgres
class NumberingServiceOnPostgresTests extends NumberingServiceTests {}
