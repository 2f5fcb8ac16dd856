package org.normflow.audit;

import java.util.Date;

/** One line of a case's audit trail (R-C-02): when, what, who, and the detail (form value, group...). */
public record AuditEntry(Date time, String kind, String activityId, String activityName, String userId, String detail) {}
