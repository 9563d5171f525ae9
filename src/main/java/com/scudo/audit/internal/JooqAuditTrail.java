package com.scudo.audit.internal;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditEvent;
import com.scudo.audit.AuditPage;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.platform.CurrentActor;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes audit events in the caller's thread and transaction, inside a savepoint (jOOQ's nested transaction
 * on Spring's transaction manager): the event commits or rolls back with the action it records, while a
 * failing insert rolls back only itself and never aborts the action. A failed write goes to the error log
 * with every field of the event, under the logger {@code com.scudo.audit.LOST}, so an operator can alert on
 * it and replay it.
 */
@Component
class JooqAuditTrail implements AuditTrail {
    private static final Logger lost = LoggerFactory.getLogger("com.scudo.audit.LOST");
    private static final Table<?> EVENTS = DSL.table(DSL.name("audit_events"));
    private static final Field<Long> ID = DSL.field(DSL.name("audit_events", "id"), SQLDataType.BIGINT);
    private static final Field<String> WORKSPACE = text("workspace");
    private static final Field<OffsetDateTime> OCCURRED_AT =
            DSL.field(DSL.name("audit_events", "occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> ACTOR = text("actor");
    private static final Field<String> ACTION = text("action");
    private static final Field<String> SUBJECT_TYPE = text("subject_type");
    private static final Field<String> SUBJECT_ID = text("subject_id");
    private static final Field<String> DETAIL = text("detail");

    private final DSLContext sql;
    private final CurrentActor actor;
    private final Clock clock;
    private final ReadEventWriter reads;

    JooqAuditTrail(DSLContext sql, CurrentActor actor, Clock clock, ReadEventWriter reads) {
        this.sql = sql;
        this.actor = actor;
        this.clock = clock;
        this.reads = reads;
    }

    @Override
    public void record(WorkspaceId workspace, AuditAction action, AuditSubject subject, String detail) {
        ReadEventWriter.Event event = event(workspace, action, subject, detail);
        try {
            sql.transaction(tx -> insert(tx.dsl(), List.of(event)));
        } catch (RuntimeException e) {
            lost(event, e);
        }
    }

    @Override
    public void recordRead(WorkspaceId workspace, AuditAction action, AuditSubject subject) {
        reads.add(event(workspace, action, subject, null));
    }

    private ReadEventWriter.Event event(WorkspaceId workspace, AuditAction action, AuditSubject subject, String detail) {
        return new ReadEventWriter.Event(workspace.value(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)),
                cut(actorName(), 200), action.code(), subject.type(), cut(subject.id(), 120), cut(detail, 1000));
    }

    /** Stores the events with one statement. */
    static void insert(DSLContext sql, List<ReadEventWriter.Event> events) {
        sql.insertInto(EVENTS).columns(WORKSPACE, OCCURRED_AT, ACTOR, ACTION, SUBJECT_TYPE, SUBJECT_ID, DETAIL)
                .valuesOfRows(events.stream().map(e -> DSL.row(e.workspace(), e.occurredAt(), e.actor(), e.action(),
                        e.subjectType(), e.subjectId(), e.detail())).toList())
                .execute();
    }

    static void lost(ReadEventWriter.Event event, RuntimeException cause) {
        lost.error("AUDIT EVENT NOT STORED workspace={} occurredAt={} actor={} action={} subjectType={} "
                        + "subjectId={} detail={}", event.workspace(), event.occurredAt(), event.actor(), event.action(),
                event.subjectType(), event.subjectId(), event.detail(), cause);
    }

    @Override
    public AuditPage list(WorkspaceId workspace, Instant since, AuditAction action, int limit, String cursor) {
        if (limit < 1 || limit > AuditPage.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + AuditPage.MAX_LIMIT);
        }
        Condition where = WORKSPACE.eq(workspace.value());
        if (since != null) {
            where = where.and(OCCURRED_AT.ge(since.atOffset(ZoneOffset.UTC)));
        }
        if (action != null) {
            where = where.and(ACTION.eq(action.code()));
        }
        if (cursor != null && !cursor.isBlank()) {
            where = where.and(ID.lt(parseCursor(cursor)));
        }
        List<AuditEvent> events = sql.select(ID, WORKSPACE, OCCURRED_AT, ACTOR, ACTION, SUBJECT_TYPE, SUBJECT_ID, DETAIL)
                .from(EVENTS).where(where).orderBy(ID.desc()).limit(limit + 1)
                .fetch(JooqAuditTrail::event);
        boolean more = events.size() > limit;
        List<AuditEvent> page = more ? events.subList(0, limit) : events;
        return new AuditPage(page, more ? Long.toString(page.get(page.size() - 1).id()) : null);
    }

    private String actorName() {
        try {
            return actor.name();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static AuditEvent event(Record r) {
        OffsetDateTime at = r.get(OCCURRED_AT);
        return new AuditEvent(r.get(ID), r.get(WORKSPACE), at == null ? null : at.toInstant(), r.get(ACTOR),
                r.get(ACTION), r.get(SUBJECT_TYPE), r.get(SUBJECT_ID), r.get(DETAIL));
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "cursor must be the nextCursor of the previous page");
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Field<String> text(String column) {
        return DSL.field(DSL.name("audit_events", column), SQLDataType.VARCHAR);
    }
}
