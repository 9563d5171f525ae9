package com.scudo.identity.internal;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static com.scudo.identity.internal.schema.Tables.IDENTITY_MERGES;

/** The merge records: who was merged into whom, on what evidence, and both customers as they were before. */
@Component
class MergeJournal {
    static final String MERGED = "merged";
    static final String UNMERGED = "unmerged";

    private final DSLContext sql;

    MergeJournal(DSLContext sql) {
        this.sql = sql;
    }

    record Entry(String mergeId, WorkspaceId workspace, CustomerId survivor, CustomerId merged, String rule,
                 String evidence, String state, boolean operationalPending, String analyticalBefore,
                 String operationalBefore, String movedOrders, String movedInteractions, OffsetDateTime mergedAt,
                 OffsetDateTime unmergedAt) {
    }

    void add(Entry e) {
        sql.insertInto(IDENTITY_MERGES).set(IDENTITY_MERGES.MERGE_ID, e.mergeId())
                .set(IDENTITY_MERGES.WORKSPACE_ID, e.workspace().value()).set(IDENTITY_MERGES.SURVIVOR_ID, e.survivor().value())
                .set(IDENTITY_MERGES.MERGED_ID, e.merged().value()).set(IDENTITY_MERGES.RULE, e.rule())
                .set(IDENTITY_MERGES.EVIDENCE, e.evidence()).set(IDENTITY_MERGES.STATE, e.state())
                .set(IDENTITY_MERGES.OPERATIONAL_PENDING, e.operationalPending())
                .set(IDENTITY_MERGES.ANALYTICAL_BEFORE, e.analyticalBefore())
                .set(IDENTITY_MERGES.OPERATIONAL_BEFORE, e.operationalBefore())
                .set(IDENTITY_MERGES.MOVED_ORDERS, e.movedOrders()).set(IDENTITY_MERGES.MOVED_INTERACTIONS, e.movedInteractions())
                .set(IDENTITY_MERGES.MERGED_AT, e.mergedAt()).execute();
    }

    Optional<Entry> find(WorkspaceId workspace, String mergeId) {
        return sql.selectFrom(IDENTITY_MERGES).where(IDENTITY_MERGES.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_MERGES.MERGE_ID.eq(mergeId)).fetchOptional(MergeJournal::entry);
    }

    /** The customer's merges still in force, newest first: as survivor or as the one merged away. */
    List<Entry> inForce(WorkspaceId workspace, CustomerId customer) {
        return sql.selectFrom(IDENTITY_MERGES).where(IDENTITY_MERGES.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_MERGES.STATE.eq(MERGED))
                .and(IDENTITY_MERGES.SURVIVOR_ID.eq(customer.value()).or(IDENTITY_MERGES.MERGED_ID.eq(customer.value())))
                .orderBy(IDENTITY_MERGES.MERGED_AT.desc(), IDENTITY_MERGES.MERGE_ID.desc()).fetch(MergeJournal::entry);
    }

    List<Entry> recent(WorkspaceId workspace, int limit) {
        return sql.selectFrom(IDENTITY_MERGES).where(IDENTITY_MERGES.WORKSPACE_ID.eq(workspace.value()))
                .orderBy(IDENTITY_MERGES.MERGED_AT.desc(), IDENTITY_MERGES.MERGE_ID.desc()).limit(limit)
                .fetch(MergeJournal::entry);
    }

    List<Entry> operationalPending() {
        return sql.selectFrom(IDENTITY_MERGES).where(IDENTITY_MERGES.OPERATIONAL_PENDING.isTrue())
                .orderBy(IDENTITY_MERGES.MERGED_AT).fetch(MergeJournal::entry);
    }

    void operationalDone(String mergeId) {
        sql.update(IDENTITY_MERGES).set(IDENTITY_MERGES.OPERATIONAL_PENDING, false)
                .where(IDENTITY_MERGES.MERGE_ID.eq(mergeId)).execute();
    }

    void unmerged(String mergeId, OffsetDateTime at) {
        sql.update(IDENTITY_MERGES).set(IDENTITY_MERGES.STATE, UNMERGED).set(IDENTITY_MERGES.UNMERGED_AT, at)
                .set(IDENTITY_MERGES.OPERATIONAL_PENDING, true)
                .where(IDENTITY_MERGES.MERGE_ID.eq(mergeId)).execute();
    }

    /** Ids of the merges in force whose survivor is {@code customer} (their aliases follow it on an unmerge). */
    List<String> mergesInto(WorkspaceId workspace, CustomerId customer) {
        return sql.select(IDENTITY_MERGES.MERGE_ID).from(IDENTITY_MERGES)
                .where(IDENTITY_MERGES.WORKSPACE_ID.eq(workspace.value())).and(IDENTITY_MERGES.STATE.eq(MERGED))
                .and(IDENTITY_MERGES.SURVIVOR_ID.eq(customer.value())).fetch(IDENTITY_MERGES.MERGE_ID);
    }

    /** Erasure: the before-state holds the customer's personal data; the records go. */
    int erase(WorkspaceId workspace, CustomerId customer) {
        return sql.deleteFrom(IDENTITY_MERGES).where(IDENTITY_MERGES.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_MERGES.SURVIVOR_ID.eq(customer.value()).or(IDENTITY_MERGES.MERGED_ID.eq(customer.value())))
                .execute();
    }

    private static Entry entry(com.scudo.identity.internal.schema.tables.records.IdentityMergesRecord r) {
        return new Entry(r.getMergeId(), WorkspaceId.of(r.getWorkspaceId()), CustomerId.of(r.getSurvivorId()),
                CustomerId.of(r.getMergedId()), r.getRule(), r.getEvidence(), r.getState(),
                Boolean.TRUE.equals(r.getOperationalPending()), r.getAnalyticalBefore(), r.getOperationalBefore(),
                r.getMovedOrders(), r.getMovedInteractions(), r.getMergedAt(), r.getUnmergedAt());
    }
}
