package com.scudo.audit;

import java.util.List;

/** One page of audit events, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEvent> events, String nextCursor) {
    public static final int MAX_LIMIT = 1000;

    public AuditPage {
        events = List.copyOf(events);
    }
}
