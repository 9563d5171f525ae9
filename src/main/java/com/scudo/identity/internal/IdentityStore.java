package com.scudo.identity.internal;

import com.scudo.identity.MatchRun;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.scudo.identity.internal.schema.Tables.IDENTITY_EXTERNAL_IDS;
import static com.scudo.identity.internal.schema.Tables.IDENTITY_SETTINGS;
import static com.scudo.identity.internal.schema.Tables.IDENTITY_SUGGESTIONS;

/** The workspace setting, the external ids and the review queue. */
@Component
class IdentityStore {
    static final String OPEN = "open";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    private final DSLContext sql;

    IdentityStore(DSLContext sql) {
        this.sql = sql;
    }

    boolean autoMerge(WorkspaceId workspace) {
        return sql.select(IDENTITY_SETTINGS.AUTO_MERGE).from(IDENTITY_SETTINGS)
                .where(IDENTITY_SETTINGS.WORKSPACE_ID.eq(workspace.value())).fetchOptional(IDENTITY_SETTINGS.AUTO_MERGE)
                .orElse(false);
    }

    void setAutoMerge(WorkspaceId workspace, boolean allowed, OffsetDateTime now) {
        sql.mergeInto(IDENTITY_SETTINGS).using(sql.selectOne()).on(IDENTITY_SETTINGS.WORKSPACE_ID.eq(workspace.value()))
                .whenMatchedThenUpdate().set(IDENTITY_SETTINGS.AUTO_MERGE, allowed).set(IDENTITY_SETTINGS.UPDATED_AT, now)
                .whenNotMatchedThenInsert(IDENTITY_SETTINGS.WORKSPACE_ID, IDENTITY_SETTINGS.AUTO_MERGE, IDENTITY_SETTINGS.UPDATED_AT)
                .values(workspace.value(), allowed, now).execute();
    }

    void linkExternalId(WorkspaceId workspace, String source, String externalId, CustomerId customer) {
        boolean known = sql.fetchExists(IDENTITY_EXTERNAL_IDS, IDENTITY_EXTERNAL_IDS.WORKSPACE_ID.eq(workspace.value())
                .and(IDENTITY_EXTERNAL_IDS.SOURCE.eq(source)).and(IDENTITY_EXTERNAL_IDS.EXTERNAL_ID.eq(externalId))
                .and(IDENTITY_EXTERNAL_IDS.CUSTOMER_ID.eq(customer.value())));
        if (!known) {
            sql.insertInto(IDENTITY_EXTERNAL_IDS, IDENTITY_EXTERNAL_IDS.WORKSPACE_ID, IDENTITY_EXTERNAL_IDS.SOURCE,
                    IDENTITY_EXTERNAL_IDS.EXTERNAL_ID, IDENTITY_EXTERNAL_IDS.CUSTOMER_ID)
                    .values(workspace.value(), source, externalId, customer.value()).execute();
        }
    }

    /** customer id → "source:external id" of every linked id. */
    Map<String, List<String>> externalIds(WorkspaceId workspace) {
        Map<String, List<String>> ids = new HashMap<>();
        sql.select(IDENTITY_EXTERNAL_IDS.CUSTOMER_ID, IDENTITY_EXTERNAL_IDS.SOURCE, IDENTITY_EXTERNAL_IDS.EXTERNAL_ID)
                .from(IDENTITY_EXTERNAL_IDS).where(IDENTITY_EXTERNAL_IDS.WORKSPACE_ID.eq(workspace.value()))
                .fetch().forEach(r -> ids.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2() + ":" + r.value3()));
        return ids;
    }

    record Stored(String a, String b, String rule, double score, String evidence, String state, OffsetDateTime foundAt) {
    }

    /** The state of each pair already in the queue (open or decided), keyed "a|b". */
    Map<String, String> states(WorkspaceId workspace) {
        Map<String, String> states = new HashMap<>();
        sql.select(IDENTITY_SUGGESTIONS.CUSTOMER_A, IDENTITY_SUGGESTIONS.CUSTOMER_B, IDENTITY_SUGGESTIONS.STATE)
                .from(IDENTITY_SUGGESTIONS).where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value()))
                .fetch().forEach(r -> states.put(r.value1() + "|" + r.value2(), r.value3()));
        return states;
    }

    void suggest(WorkspaceId workspace, String a, String b, String rule, double score, String evidence, OffsetDateTime now) {
        sql.insertInto(IDENTITY_SUGGESTIONS, IDENTITY_SUGGESTIONS.WORKSPACE_ID, IDENTITY_SUGGESTIONS.CUSTOMER_A,
                IDENTITY_SUGGESTIONS.CUSTOMER_B, IDENTITY_SUGGESTIONS.RULE, IDENTITY_SUGGESTIONS.SCORE,
                IDENTITY_SUGGESTIONS.EVIDENCE, IDENTITY_SUGGESTIONS.STATE, IDENTITY_SUGGESTIONS.FOUND_AT)
                .values(workspace.value(), a, b, rule, BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP), evidence,
                        OPEN, now).execute();
    }

    Optional<Stored> find(WorkspaceId workspace, String a, String b) {
        return sql.selectFrom(IDENTITY_SUGGESTIONS).where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_SUGGESTIONS.CUSTOMER_A.eq(a)).and(IDENTITY_SUGGESTIONS.CUSTOMER_B.eq(b))
                .fetchOptional(IdentityStore::stored);
    }

    List<Stored> open(WorkspaceId workspace, int limit) {
        return sql.selectFrom(IDENTITY_SUGGESTIONS).where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_SUGGESTIONS.STATE.eq(OPEN))
                .orderBy(IDENTITY_SUGGESTIONS.SCORE.desc(), IDENTITY_SUGGESTIONS.CUSTOMER_A, IDENTITY_SUGGESTIONS.CUSTOMER_B)
                .limit(limit).fetch(IdentityStore::stored);
    }

    int countOpen(WorkspaceId workspace) {
        return sql.fetchCount(IDENTITY_SUGGESTIONS, IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value())
                .and(IDENTITY_SUGGESTIONS.STATE.eq(OPEN)));
    }

    void decide(WorkspaceId workspace, String a, String b, String state, OffsetDateTime now) {
        sql.update(IDENTITY_SUGGESTIONS).set(IDENTITY_SUGGESTIONS.STATE, state).set(IDENTITY_SUGGESTIONS.DECIDED_AT, now)
                .where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value())).and(IDENTITY_SUGGESTIONS.CUSTOMER_A.eq(a))
                .and(IDENTITY_SUGGESTIONS.CUSTOMER_B.eq(b)).execute();
    }

    /** For access requests: the customer's external ids and the suggestions that name them. */
    Map<String, List<Map<String, Object>>> read(WorkspaceId workspace, CustomerId customer) {
        Map<String, List<Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
        rows.put("identity_external_ids", sql.selectFrom(IDENTITY_EXTERNAL_IDS)
                .where(IDENTITY_EXTERNAL_IDS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_EXTERNAL_IDS.CUSTOMER_ID.eq(customer.value())).fetchMaps());
        rows.put("identity_suggestions", sql.selectFrom(IDENTITY_SUGGESTIONS)
                .where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_SUGGESTIONS.CUSTOMER_A.eq(customer.value()).or(IDENTITY_SUGGESTIONS.CUSTOMER_B.eq(customer.value())))
                .fetchMaps());
        return rows;
    }

    Map<String, Integer> erase(WorkspaceId workspace, CustomerId customer) {
        Map<String, Integer> removed = new java.util.LinkedHashMap<>();
        removed.put("identity_external_ids", sql.deleteFrom(IDENTITY_EXTERNAL_IDS)
                .where(IDENTITY_EXTERNAL_IDS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_EXTERNAL_IDS.CUSTOMER_ID.eq(customer.value())).execute());
        removed.put("identity_suggestions", sql.deleteFrom(IDENTITY_SUGGESTIONS)
                .where(IDENTITY_SUGGESTIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_SUGGESTIONS.CUSTOMER_A.eq(customer.value()).or(IDENTITY_SUGGESTIONS.CUSTOMER_B.eq(customer.value())))
                .execute());
        return removed;
    }

    private static Stored stored(com.scudo.identity.internal.schema.tables.records.IdentitySuggestionsRecord r) {
        return new Stored(r.getCustomerA(), r.getCustomerB(), r.getRule(), r.getScore().doubleValue(), r.getEvidence(),
                r.getState(), r.getFoundAt());
    }
}
