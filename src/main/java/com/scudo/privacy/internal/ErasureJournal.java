package com.scudo.privacy.internal;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code privacy_erasures} table. A pending request holds the customer's id, e-mail and name, so that an
 * interrupted erasure can be completed even when the profile is already gone; completing it clears all three
 * and keeps only a SHA-256 of workspace and id, enough to recognise a repeated request.
 */
@Component
class ErasureJournal {
    private static final Table<?> TABLE = DSL.table(DSL.name("privacy_erasures"));
    private static final Field<String> REQUEST_ID = text("request_id");
    private static final Field<String> WORKSPACE_ID = text("workspace_id");
    private static final Field<String> SUBJECT_HASH = text("subject_hash");
    private static final Field<String> CUSTOMER_ID = text("customer_id");
    private static final Field<String> EMAIL = text("email");
    private static final Field<String> NAME = text("name");
    private static final Field<String> STATE = text("state");
    private static final Field<String> REMOVED = text("removed");
    private static final Field<OffsetDateTime> REQUESTED_AT = time("requested_at");
    private static final Field<OffsetDateTime> COMPLETED_AT = time("completed_at");

    private static final List<Field<?>> COLUMNS = List.of(REQUEST_ID, WORKSPACE_ID, SUBJECT_HASH, CUSTOMER_ID, EMAIL,
            NAME, STATE, REMOVED, REQUESTED_AT, COMPLETED_AT);

    record Request(String requestId, Identity identity, Instant requestedAt) {
    }

    record Completed(Instant requestedAt, Instant completedAt, Map<String, Integer> removed) {
    }

    private final DSLContext sql;

    ErasureJournal(DSLContext sql) {
        this.sql = sql;
    }

    Optional<Request> pending(WorkspaceId workspace, CustomerId customer) {
        return sql.select(COLUMNS).from(TABLE).where(WORKSPACE_ID.eq(workspace.value())
                        .and(SUBJECT_HASH.eq(hash(workspace, customer))).and(STATE.eq("pending")))
                .orderBy(REQUESTED_AT).limit(1).fetchOptional(ErasureJournal::request);
    }

    List<Request> allPending() {
        return sql.select(COLUMNS).from(TABLE).where(STATE.eq("pending")).orderBy(REQUESTED_AT).limit(1000)
                .fetch(ErasureJournal::request);
    }

    Optional<Completed> lastCompleted(WorkspaceId workspace, CustomerId customer) {
        return sql.select(COLUMNS).from(TABLE).where(WORKSPACE_ID.eq(workspace.value())
                        .and(SUBJECT_HASH.eq(hash(workspace, customer))).and(STATE.eq("completed")))
                .orderBy(COMPLETED_AT.desc()).limit(1)
                .fetchOptional(r -> new Completed(r.get(REQUESTED_AT).toInstant(), r.get(COMPLETED_AT).toInstant(),
                        parse(r.get(REMOVED))));
    }

    Request open(Identity who, Instant now) {
        String id = UUID.randomUUID().toString();
        sql.insertInto(TABLE).columns(REQUEST_ID, WORKSPACE_ID, SUBJECT_HASH, CUSTOMER_ID, EMAIL, NAME, STATE, REQUESTED_AT)
                .values(id, who.workspace().value(), hash(who.workspace(), who.id()), who.id().value(), cut(who.email(), 320),
                        cut(who.name(), 200), "pending", now.atOffset(ZoneOffset.UTC))
                .execute();
        return new Request(id, who, now);
    }

    /** Forgets who it was about: only the hash, the times and the counts stay. */
    void complete(String requestId, Map<String, Integer> removed, Instant now) {
        sql.update(TABLE).set(STATE, "completed").set(COMPLETED_AT, now.atOffset(ZoneOffset.UTC))
                .set(REMOVED, format(removed)).setNull(CUSTOMER_ID).setNull(EMAIL).setNull(NAME)
                .where(REQUEST_ID.eq(requestId)).execute();
    }

    static String hash(WorkspaceId workspace, CustomerId customer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((workspace.value() + "\n" + customer.value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request request(Record r) {
        WorkspaceId workspace = WorkspaceId.of(r.get(WORKSPACE_ID));
        Identity who = new Identity(workspace, CustomerId.of(r.get(CUSTOMER_ID)), r.get(EMAIL), r.get(NAME));
        return new Request(r.get(REQUEST_ID), who, r.get(REQUESTED_AT).toInstant());
    }

    /** "dynamodb.orders=3;sql.order_facts=3": counts only, never a value from the records. */
    private static String format(Map<String, Integer> removed) {
        StringBuilder text = new StringBuilder();
        removed.forEach((k, v) -> text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return cut(text.toString(), 2000);
    }

    private static Map<String, Integer> parse(String text) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    removed.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
                }
            }
        }
        return removed;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Field<String> text(String column) {
        return DSL.field(DSL.name("privacy_erasures", column), SQLDataType.VARCHAR);
    }

    private static Field<OffsetDateTime> time(String column) {
        return DSL.field(DSL.name("privacy_erasures", column), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }
}
