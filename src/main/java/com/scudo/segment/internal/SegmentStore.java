package com.scudo.segment.internal;

import com.scudo.segment.Segment;
import com.scudo.segment.SegmentId;
import com.scudo.segment.internal.SegmentTables.Defs;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The segment definitions of each workspace; the built-in ones are seeded on first use. */
@Component
class SegmentStore {
    private static final List<org.jooq.Field<?>> COLUMNS = List.of(Defs.SEGMENT_ID, Defs.NAME, Defs.DESCRIPTION,
            Defs.RULE, Defs.PRIORITY, Defs.BUILT_IN, Defs.CREATED_AT, Defs.UPDATED_AT);
    private final DSLContext sql;
    private final Clock clock;
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    SegmentStore(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Idempotent: inserts only the built-ins a workspace lacks, so edits to them are kept. */
    void ensureBuiltIns(WorkspaceId workspace) {
        if (seeded.contains(workspace.value())) {
            return;
        }
        OffsetDateTime now = now();
        for (BuiltInSegments.Definition d : BuiltInSegments.ALL) {
            sql.insertInto(Defs.TABLE)
                    .set(Defs.WORKSPACE_ID, workspace.value())
                    .set(Defs.SEGMENT_ID, d.id())
                    .set(Defs.NAME, d.name())
                    .set(Defs.DESCRIPTION, d.description())
                    .set(Defs.RULE, d.rule())
                    .set(Defs.PRIORITY, d.priority())
                    .set(Defs.BUILT_IN, true)
                    .set(Defs.CREATED_AT, now)
                    .set(Defs.UPDATED_AT, now)
                    .onConflict(Defs.WORKSPACE_ID, Defs.SEGMENT_ID).doNothing()
                    .execute();
        }
        seeded.add(workspace.value());
    }

    /** Every segment in priority order (ties by id): the order in which the primary segment is chosen. */
    List<Segment> all(WorkspaceId workspace) {
        ensureBuiltIns(workspace);
        return sql.select(COLUMNS).from(Defs.TABLE).where(Defs.WORKSPACE_ID.eq(workspace.value()))
                .orderBy(Defs.PRIORITY, Defs.SEGMENT_ID).fetch(SegmentStore::toSegment);
    }

    Optional<Segment> find(WorkspaceId workspace, SegmentId id) {
        ensureBuiltIns(workspace);
        return sql.select(COLUMNS).from(Defs.TABLE)
                .where(Defs.WORKSPACE_ID.eq(workspace.value()), Defs.SEGMENT_ID.eq(id.value()))
                .fetchOptional(SegmentStore::toSegment);
    }

    /**
     * The ids are matched inside one "|A|B|" text bound as a single value, so any number of them is the same
     * statement to the database (the customer view asks this for each customer's few segments).
     */
    Map<SegmentId, String> names(WorkspaceId workspace, Collection<SegmentId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ensureBuiltIns(workspace);
        String set = "|" + ids.stream().map(SegmentId::value).collect(Collectors.joining("|")) + "|";
        Map<SegmentId, String> names = new HashMap<>();
        sql.select(Defs.SEGMENT_ID, Defs.NAME).from(Defs.TABLE)
                .where(Defs.WORKSPACE_ID.eq(workspace.value()))
                .and(DSL.position(DSL.val(set), DSL.inline("|").concat(Defs.SEGMENT_ID).concat(DSL.inline("|")))
                        .gt(DSL.inline(0)))
                .forEach(r -> names.put(SegmentId.of(r.value1()), r.value2()));
        return names;
    }

    int nextPriority(WorkspaceId workspace) {
        Integer max = sql.select(org.jooq.impl.DSL.max(Defs.PRIORITY)).from(Defs.TABLE)
                .where(Defs.WORKSPACE_ID.eq(workspace.value())).fetchOne(0, Integer.class);
        return (max == null ? 0 : max) + BuiltInSegments.PRIORITY_STEP;
    }

    Segment insert(WorkspaceId workspace, SegmentId id, String name, String description, String rule, int priority) {
        OffsetDateTime now = now();
        sql.insertInto(Defs.TABLE)
                .set(Defs.WORKSPACE_ID, workspace.value())
                .set(Defs.SEGMENT_ID, id.value())
                .set(Defs.NAME, name)
                .set(Defs.DESCRIPTION, description)
                .set(Defs.RULE, rule)
                .set(Defs.PRIORITY, priority)
                .set(Defs.BUILT_IN, false)
                .set(Defs.CREATED_AT, now)
                .set(Defs.UPDATED_AT, now)
                .execute();
        return find(workspace, id).orElseThrow();
    }

    Segment update(WorkspaceId workspace, Segment changed) {
        sql.update(Defs.TABLE)
                .set(Defs.NAME, changed.name())
                .set(Defs.DESCRIPTION, changed.description())
                .set(Defs.RULE, changed.rule())
                .set(Defs.PRIORITY, changed.priority())
                .set(Defs.UPDATED_AT, now())
                .where(Defs.WORKSPACE_ID.eq(workspace.value()), Defs.SEGMENT_ID.eq(changed.id().value()))
                .execute();
        return find(workspace, changed.id()).orElseThrow();
    }

    void delete(WorkspaceId workspace, SegmentId id) {
        sql.deleteFrom(Defs.TABLE)
                .where(Defs.WORKSPACE_ID.eq(workspace.value()), Defs.SEGMENT_ID.eq(id.value()))
                .execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Segment toSegment(Record r) {
        return new Segment(new SegmentId(r.get(Defs.SEGMENT_ID)), r.get(Defs.NAME), r.get(Defs.DESCRIPTION),
                r.get(Defs.RULE), r.get(Defs.PRIORITY), r.get(Defs.BUILT_IN), r.get(Defs.CREATED_AT).toInstant(),
                r.get(Defs.UPDATED_AT).toInstant());
    }
}
