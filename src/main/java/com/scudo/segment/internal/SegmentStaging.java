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
import org.jooq.CaseConditionStep;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
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
    /** The derived table's columns: whether the rule of the segment of rank n holds (0/1). */
    private static final String MATCHES = "matches_";

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
        // One pass over the customers for every segment. Each rule is evaluated once per customer in a derived table
        // (a 0/1 column per segment); only then are the segments joined to each customer, testing a column, and the
        // first segment by priority whose column is 1 is marked as the customer's primary one. Joined to the segments
        // before the facts' own joins, PostgreSQL evaluated the rules and joined the facts' tables on 13 rows per
        // customer (11 s to 42 s at a million customers as the plan varied, against 8 s this way), and a window over
        // the kept rows marked the primary. OFFSET 0 keeps the derived table from being merged into the outer query.
        List<Segment> segments = store.all(workspace);
        List<Row2<String, Integer>> ranked = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Field<?>> columns = new ArrayList<>(List.of(ws.as(WORKSPACE_ID.getName()), customer.as(CUSTOMER_ID.getName())));
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
            Condition holds = Filters.toCondition(rule, facts, asOf);
            ranked.add(DSL.row(DSL.inline(segment.id().value()), DSL.inline(rank)));
            ranks.add(rank);
            columns.add(DSL.when(holds, DSL.inline(1)).else_(DSL.inline(0)).as(MATCHES + rank));
        }
        if (ranked.isEmpty()) {
            return 0;
        }
        Table<?> perCustomer = DSL.select(columns).from(from).where(scope).offset(DSL.inline(0)).asTable("m");
        @SuppressWarnings("unchecked")
        Table<Record2<String, Integer>> segmentRanks = DSL.values(ranked.toArray(Row2[]::new))
                .as(RANKED, STAGE.SEGMENT_ID.getName(), STAGE.RANK_ORDER.getName());
        Field<Integer> rankOrder = segmentRanks.field(STAGE.RANK_ORDER);
        CaseValueStep<Integer> byRank = DSL.choose(rankOrder);
        CaseWhenStep<Integer, Integer> matches = null;
        CaseConditionStep<Integer> first = null; // the first segment by priority whose rule holds: the primary one
        for (int rank : ranks) {
            Field<Integer> column = perCustomer.field(MATCHES + rank, Integer.class);
            matches = matches == null ? byRank.when(DSL.inline(rank), column) : matches.when(DSL.inline(rank), column);
            Condition held = column.eq(DSL.inline(1));
            first = first == null ? DSL.when(held, DSL.inline(rank)) : first.when(held, DSL.inline(rank));
        }
        return sql.insertInto(STAGE, STAGE.BATCH_ID, STAGE.WORKSPACE_ID, STAGE.CUSTOMER_ID, STAGE.SEGMENT_ID,
                        STAGE.RANK_ORDER, STAGE.IS_PRIMARY)
                .select(DSL.select(DSL.val(batch), perCustomer.field(WORKSPACE_ID.getName(), String.class),
                                perCustomer.field(CUSTOMER_ID.getName(), String.class), segmentRanks.field(STAGE.SEGMENT_ID),
                                rankOrder, DSL.field(rankOrder.eq(first)))
                        .from(perCustomer).crossJoin(segmentRanks)
                        .where(matches.otherwise(DSL.inline(0)).eq(DSL.inline(1))))
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
