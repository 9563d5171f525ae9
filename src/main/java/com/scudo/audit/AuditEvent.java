package com.scudo.audit;

import java.time.Instant;

/** One recorded action; {@code id} grows with every event, so newer events have larger ids. */
public record AuditEvent(long id, String workspace, Instant occurredAt, String actor, String action,
                         String subjectType, String subjectId, String detail) {
}
