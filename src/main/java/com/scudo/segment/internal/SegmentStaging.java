package com.scudo.segment.internal;

import com.scudo.platform.WorkspaceKeys;
import com.scudo.segment.Segment;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.segment.internal.SegmentTables.Metrics;
import com.scudo.segment.internal.schema.tables.SegmentAssignmentStage;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.scudo.analytics.CustomerFactsColumns.CUSTOMER_ID;
import static com.scudo.analytics.CustomerFactsColumns.WORKSPACE_ID;
import static com.scudo.segment.internal.schema.Tables.SEGMENT_ASSIGNMENT_STAGE;

/**
 * Evaluates every segment rule on a set of customer facts in one statement and stages each (customer, segment) pair
 * whose rule holds into segment_assignment_stage under a batch id, the customer's primary segment marked; and reads a
 * batch back per customer as the scores' segment columns.
 */
@Component
class SegmentStaging {
    private static final Logger log = LoggerFactory.getLogger(SegmentStaging.class);
    private static final SegmentAssignmentStage STAGE = SEGMENT_ASSIGNMENT_STAGE;
    /** The segments of a pass with their priority, as an inline table joined with every customer. */
    private static final String RANKED = "s";
    private static final Field<Integer> RANKED_RANK_ORDER = DSL.field(DSL.name(RANKED, STAGE.RANK_ORDER.getName()),
            STAGE.RANK_ORDER.getDataType());

    private final DSLContext sql;
    private final SegmentStore store;

    SegmentStaging(DSLContext sql, SegmentStore store) {
        this.sql = sql;
        this.store = store;
    }

    /**
     * Stages the memberships of the workspace's customers in {@code factsTable} (the customer_facts view, or its copy
     * over a run's stage), {@code only} those customers unless null; {@code scoredOnly} keeps customers with a score
     * row (the view also holds profiles never scored). Returns the number of pairs staged.
     */
    int stage(WorkspaceId workspace, LocalDate asOf, List<String> only, String batch, Table<?> factsTable,
              boolean scoredOnly) {
        Table<?> facts = factsTable.as("c");
        Field<String> ws = facts.field(WORKSPACE_ID.getName(), String.class);
        Field<String> customer = facts.field(CUSTOMER_ID.getName(), String.class);
        Table<?> from = facts;
        Condition keys = only == null ? DSL.noCondition() : customer.in(only);
        if (only != null && WorkspaceKeys.isH2(sql)) {
            // A refresh's few customers: H2 looks each up in the view's tables when they are a table joined on the
            // key, where an IN list beside the workspace reads the workspace's every row (WorkspaceKeys).
            Table<?> wanted = WorkspaceKeys.table(workspace.value(), only);
            from = wanted.join(facts).on(ws.eq(WorkspaceKeys.workspaceOf(wanted))
                    .and(customer.eq(WorkspaceKeys.keyOf(wanted))));
            keys = DSL.noCondition();
        }
        Condition scope = ws.eq(workspace.value()).and(keys);
        if (scoredOnly) {
            scope = scope.andExists(DSL.selectOne().from(Metrics.TABLE)
                    .where(Metrics.WORKSPACE_ID.eq(ws), Metrics.CUSTOMER_ID.eq(customer)));
        }
        // One pass over the customers for every segment: each (customer, segment) pair whose rule holds is a row. Read
        // once and tested against every rule, the joined facts cost one scan instead of one per segment.
        List<Segment> segments = store.all(workspace);
        List<Row2<String, Integer>> ranked = new ArrayList<>();
        List<Condition> rules = new ArrayList<>();
        for (int rank = 0; rank < segments.size(); rank++) {
            Segment segment = segments.get(rank);
            FilterExpression rule;
            try {
                rule = SegmentRules.parse(segment.rule());
            } catch (FilterException | InvalidInputException e) {
                log.warn("Segment {} of {} skipped: its rule no longer parses ({})", segment.id(), workspace,
                        e.getMessage());
                continue;
            }
            ranked.add(DSL.row(DSL.inline(segment.id().value()), DSL.inline(rank)));
            rules.add(RANKED_RANK_ORDER.eq(DSL.inline(rank)).and(Filters.toCondition(rule, facts, asOf)));
        }
        if (ranked.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Table<Record2<String, Integer>> segmentRanks = DSL.values(ranked.toArray(Row2[]::new))
                .as(RANKED, STAGE.SEGMENT_ID.getName(), STAGE.RANK_ORDER.getName());
        // The first segment by priority is each customer's primary one, marked as the rows are staged: a window over
        // the rows the rules kept, where a second statement rewrote every staged row (3 s of 25 at 100,000 customers).
        Field<Integer> rankOrder = segmentRanks.field(STAGE.RANK_ORDER);
        Field<Boolean> primary = DSL.field(rankOrder.eq(DSL.min(rankOrder).over(DSL.partitionBy(customer))));
        return sql.insertInto(STAGE, STAGE.BATCH_ID, STAGE.WORKSPACE_ID, STAGE.CUSTOMER_ID, STAGE.SEGMENT_ID,
                        STAGE.RANK_ORDER, STAGE.IS_PRIMARY)
                .select(DSL.select(DSL.val(batch), ws, customer, segmentRanks.field(STAGE.SEGMENT_ID), rankOrder, primary)
                        .from(from).crossJoin(segmentRanks).where(scope).and(DSL.or(rules)))
                .execute();
    }

    /**
     * After a bulk write, before the database has sampled the new rows: without fresh statistics PostgreSQL takes
     * 100,000 rows for a handful and joins them by nested scans (minutes instead of seconds). ANALYZE samples a fixed
     * number of rows, so it stays cheap however large the tables grow.
     */
    void refreshStatistics(List<? extends Table<?>> tables) {
        String analyze = sql.dialect().family() == SQLDialect.POSTGRES ? "analyze {0}" : "analyze table {0}";
        for (Table<?> table : tables) {
            sql.execute(analyze, table);
        }
    }

    /** Per staged customer: segments as "|A|B|" in priority order, and the primary segment, named as the scores' columns. */
    Select<?> perCustomer(String batch) {
        Field<String> ids = DSL.listAgg(STAGE.SEGMENT_ID, "|").withinGroupOrderBy(STAGE.RANK_ORDER);
        return DSL.select(STAGE.CUSTOMER_ID,
                        DSL.inline("|").concat(ids).concat(DSL.inline("|")).as(Metrics.SEGMENTS),
                        DSL.max(DSL.when(STAGE.IS_PRIMARY.isTrue(), STAGE.SEGMENT_ID)).as(Metrics.PRIMARY_SEGMENT))
                .from(STAGE).where(STAGE.BATCH_ID.eq(batch)).groupBy(STAGE.CUSTOMER_ID);
    }
}
