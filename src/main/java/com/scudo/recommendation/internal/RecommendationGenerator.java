package com.scudo.recommendation.internal;

import com.scudo.platform.WorkspaceKeys;
import com.scudo.recommendation.GenerationSummary;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.internal.Tables.Behaviour;
import com.scudo.recommendation.internal.Tables.Metrics;
import com.scudo.recommendation.internal.Tables.Recs;
import com.scudo.shared.CustomerId;
import com.scudo.money.Formatting;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.SelectLimitStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies the rules to customers in batches ordered by customer id (bounded memory at any size). An open
 * recommendation of the same customer and type is refreshed rather than duplicated; one the rules no longer give is
 * withdrawn (deleted: nobody acted on it); one done or dismissed within the cool-down is not proposed again.
 * <p>
 * A whole workspace (after a full run) is written through {@link StagedRecommendations}: every batch's rows go to a
 * stage with the bulk path, then a few set-based statements apply them in one transaction. A few customers (after a
 * live order) take the small path: per batch one read of their existing recommendations and one MERGE of the rows,
 * then one DELETE of what the rules no longer give; the cool-down is decided here in Java, as the stage decides it in
 * SQL.
 */
@Component
class RecommendationGenerator {
    private static final List<Field<?>> INSERT_COLUMNS = List.of(Recs.WORKSPACE_ID, Recs.ID, Recs.CUSTOMER_ID,
            Recs.ACTION_TYPE, Recs.OPEN_ACTION, Recs.TITLE, Recs.REASON, Recs.EXPECTED_VALUE, Recs.PRIORITY,
            Recs.STATUS, Recs.CREATED_ON, Recs.GENERATED_ON, Recs.GENERATION_ID, Recs.UPDATED_AT);

    private static final int MERGE_ROWS = 500;

    private final DSLContext sql;
    private final TransactionTemplate tx;
    private final RecommendationRules rules;
    private final RecommendationSettings settings;
    private final Clock clock;
    private final Formatting formatting;
    private final StagedRecommendations staged;

    RecommendationGenerator(DSLContext sql, TransactionTemplate tx, RecommendationSettings settings, Clock clock,
                            Formatting formatting, StagedRecommendations staged) {
        this.formatting = formatting;
        this.staged = staged;
        this.sql = sql;
        this.tx = tx;
        this.rules = new RecommendationRules(settings);
        this.settings = settings;
        this.clock = clock;
    }

    GenerationSummary generate(WorkspaceId workspace, LocalDate asOf, java.util.Collection<CustomerId> only) {
        long started = System.nanoTime();
        String generation = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        RecommendationRules workspaceRules = rules.writingMoneyAs(formatting.of(workspace));
        if (only == null) {
            return whole(workspace, asOf, workspaceRules, generation, now, started);
        }
        int[] totals = new int[3];
        String after = "";
        while (after != null) {
            String from = after;
            after = tx.execute(status -> step(workspace, asOf, only, from, generation, now, totals, workspaceRules));
        }
        // by key on both databases: H2 reads the workspace's every row for an IN list beside it (WorkspaceKeys)
        Condition stale = WorkspaceKeys.in(sql, Recs.WORKSPACE_ID, workspace.value(), Recs.CUSTOMER_ID,
                        only.stream().map(CustomerId::value).toList())
                .and(Recs.STATUS.eq(open())).and(Recs.GENERATION_ID.ne(generation));
        int withdrawn = sql.deleteFrom(Recs.TABLE).where(stale).execute();
        return new GenerationSummary(totals[0], totals[1], totals[2], withdrawn, (System.nanoTime() - started) / 1_000_000);
    }

    /** Every customer of the workspace, through the stage: readers see the previous generation until it is applied. */
    private GenerationSummary whole(WorkspaceId workspace, LocalDate asOf, RecommendationRules workspaceRules,
                                    String generation, OffsetDateTime now, long started) {
        int[] customers = {0};
        try {
            // One streamed read of every customer's signals (a cursor streams within a transaction on PostgreSQL); the
            // stage is written every batch as it goes. It was a keyset query per batch: 500 at a million customers.
            sql.transaction(tx -> {
                try (Cursor<? extends Record> signals = signalsQuery(tx.dsl(), Metrics.WORKSPACE_ID.eq(workspace.value()))
                        .fetchSize(settings.batchSize()).fetchLazy()) {
                    List<Object[]> rows = new ArrayList<>();
                    for (Record signal : signals) {
                        for (Candidate c : workspaceRules.recommend(signals(signal), asOf)) {
                            rows.add(StagedRecommendations.row(generation, workspace.value(), c, UUID.randomUUID().toString()));
                        }
                        if (++customers[0] % settings.batchSize() == 0) {
                            staged.write(rows);
                            rows = new ArrayList<>();
                        }
                    }
                    staged.write(rows);
                }
            });
            StagedRecommendations.Applied applied = staged.apply(workspace.value(), generation, asOf, now,
                    settings.cooldownDays());
            return new GenerationSummary(customers[0], applied.inserted(), applied.updated(), applied.withdrawn(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            staged.clear(generation);
        }
    }

    /** One batch of customers after {@code after}; returns the last customer id, or null when none were left. */
    private String step(WorkspaceId workspace, LocalDate asOf, java.util.Collection<CustomerId> only, String after, String generation,
                        OffsetDateTime now, int[] totals, RecommendationRules workspaceRules) {
        List<CustomerSignals> customers = readSignals(workspace, only, after);
        if (customers.isEmpty()) {
            return null;
        }
        String last = customers.get(customers.size() - 1).customerId();
        Map<String, Existing> existing = readExisting(workspace,
                customers.stream().map(CustomerSignals::customerId).toList(), asOf);
        List<List<Object>> rows = new ArrayList<>();
        int inserted = 0;
        int updated = 0;
        for (CustomerSignals customer : customers) {
            for (Candidate c : workspaceRules.recommend(customer, asOf)) {
                Existing previous = existing.get(key(c.customerId(), c.type().name()));
                if (previous != null && !previous.open()) {
                    continue; // acted on or dismissed recently: do not ask again yet
                }
                rows.add(Arrays.asList(workspace.value(), UUID.randomUUID().toString(), c.customerId(), c.type().name(),
                        c.type().name(), c.title(), c.reason(), c.expectedValue(), c.type().priority(), open(),
                        asOf, asOf, generation, now));
                if (previous == null) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        for (int from = 0; from < rows.size(); from += MERGE_ROWS) {
            merge(rows.subList(from, Math.min(rows.size(), from + MERGE_ROWS)));
        }
        totals[0] += customers.size();
        totals[1] += inserted;
        totals[2] += updated;
        return customers.size() < settings.batchSize() ? null : last;
    }

    /**
     * One statement for many rows: the open recommendation of a customer and type (its unique key) is
     * refreshed, a missing one inserted. Far fewer round trips than a statement per row.
     */
    private void merge(List<List<Object>> rows) {
        List<RowN> values = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Field<?>> typed = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                typed.add(DSL.val(row.get(i), INSERT_COLUMNS.get(i).getDataType()));
            }
            values.add(DSL.row(typed));
        }
        String[] names = INSERT_COLUMNS.stream().map(Field::getName).toArray(String[]::new);
        Table<?> source = DSL.values(values.toArray(RowN[]::new)).as("s", names);
        List<Field<?>> from = INSERT_COLUMNS.stream().<Field<?>>map(f -> source.field(f.getName())).toList();
        sql.mergeInto(Recs.TABLE)
                .using(source)
                .on(Recs.WORKSPACE_ID.eq(source.field(Recs.WORKSPACE_ID.getName(), String.class))
                        .and(Recs.CUSTOMER_ID.eq(source.field(Recs.CUSTOMER_ID.getName(), String.class)))
                        .and(Recs.OPEN_ACTION.eq(source.field(Recs.OPEN_ACTION.getName(), String.class))))
                .whenMatchedThenUpdate()
                .set(Recs.TITLE, source.field(Recs.TITLE.getName(), String.class))
                .set(Recs.REASON, source.field(Recs.REASON.getName(), String.class))
                .set(Recs.EXPECTED_VALUE, source.field(Recs.EXPECTED_VALUE.getName(), java.math.BigDecimal.class))
                .set(Recs.PRIORITY, source.field(Recs.PRIORITY.getName(), Integer.class))
                .set(Recs.GENERATED_ON, source.field(Recs.GENERATED_ON.getName(), LocalDate.class))
                .set(Recs.GENERATION_ID, source.field(Recs.GENERATION_ID.getName(), String.class))
                .set(Recs.UPDATED_AT, source.field(Recs.UPDATED_AT.getName(), OffsetDateTime.class))
                .whenNotMatchedThenInsert(INSERT_COLUMNS)
                .values(from)
                .execute();
    }

    private List<CustomerSignals> readSignals(WorkspaceId workspace, java.util.Collection<CustomerId> only, String after) {
        Condition where = Metrics.WORKSPACE_ID.eq(workspace.value()).and(Metrics.CUSTOMER_ID.gt(after));
        if (only != null && WorkspaceKeys.isH2(sql)) {
            // The next batch of these customers is chosen here (H2 orders text as Java does): beside a range, H2 would
            // scan the workspace's metrics instead of looking each customer up (WorkspaceKeys).
            List<String> next = only.stream().map(CustomerId::value).filter(id -> id.compareTo(after) > 0).distinct()
                    .sorted().limit(settings.batchSize()).toList();
            where = WorkspaceKeys.in(sql, Metrics.WORKSPACE_ID, workspace.value(), Metrics.CUSTOMER_ID, next);
        } else if (only != null) {
            where = where.and(Metrics.CUSTOMER_ID.in(only.stream().map(CustomerId::value).toList()));
        }
        return signalsQuery(sql, where).limit(settings.batchSize()).fetch(RecommendationGenerator::signals);
    }

    /** What the rules read of the customers {@code where} selects, in the primary key's order. */
    private static SelectLimitStep<? extends Record> signalsQuery(DSLContext dsl, Condition where) {
        return dsl.select(Metrics.CUSTOMER_ID, Metrics.ORDERS, Metrics.TOTAL_SPENT, Metrics.AOV,
                        Metrics.DAYS_SINCE_LAST_ORDER, Metrics.TENURE_DAYS, Metrics.CHURN, Metrics.P_ALIVE, Metrics.CLV,
                        Metrics.NEXT_ORDER_DATE, Metrics.LIFECYCLE, Metrics.SEGMENTS, Behaviour.TOP_CATEGORY,
                        DSL.coalesce(Behaviour.TYPICAL_DAYS, Behaviour.AVG_DAYS).as("typical_days"))
                .from(Metrics.TABLE)
                .leftJoin(Behaviour.TABLE).on(Behaviour.WORKSPACE_ID.eq(Metrics.WORKSPACE_ID)
                        .and(Behaviour.CUSTOMER_ID.eq(Metrics.CUSTOMER_ID)))
                .where(where)
                // In the primary key's order: H2 then reads the next batch off the index; ordered by the customer id
                // alone it read and sorted every customer after the key for each batch (quadratic in the shop's size).
                .orderBy(Metrics.WORKSPACE_ID, Metrics.CUSTOMER_ID);
    }

    private static CustomerSignals signals(Record r) {
        Integer orders = r.get(Metrics.ORDERS);
        return new CustomerSignals(r.get(Metrics.CUSTOMER_ID), orders == null ? 0 : orders, r.get(Metrics.TOTAL_SPENT),
                r.get(Metrics.AOV), r.get(Metrics.DAYS_SINCE_LAST_ORDER), r.get(Metrics.TENURE_DAYS), r.get(Metrics.CHURN),
                r.get(Metrics.P_ALIVE), r.get(Metrics.CLV), r.get(Metrics.NEXT_ORDER_DATE), r.get(Metrics.LIFECYCLE),
                setOf(r.get(Metrics.SEGMENTS)), r.get(Behaviour.TOP_CATEGORY),
                r.get(DSL.field(DSL.name("typical_days"), java.math.BigDecimal.class)));
    }

    /** The batch's open recommendations, and those closed within the cool-down, by customer and type. */
    /**
     * The batch's customers' open and recently closed recommendations, looked up by key: a live re-score's customers
     * are spread over the whole id range, so a range from the first to the last read nearly the workspace's every row.
     */
    private Map<String, Existing> readExisting(WorkspaceId workspace, List<String> customerIds, LocalDate asOf) {
        OffsetDateTime cooldownStart = asOf.minusDays(settings.cooldownDays()).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<String, Existing> existing = new HashMap<>();
        sql.select(Recs.CUSTOMER_ID, Recs.ACTION_TYPE, Recs.STATUS)
                .from(Recs.TABLE)
                .where(WorkspaceKeys.in(sql, Recs.WORKSPACE_ID, workspace.value(), Recs.CUSTOMER_ID, customerIds))
                .and(Recs.STATUS.eq(open()).or(Recs.STATUS_CHANGED_AT.ge(cooldownStart)))
                .forEach(r -> existing.merge(key(r.get(Recs.CUSTOMER_ID), r.get(Recs.ACTION_TYPE)),
                        new Existing(open().equals(r.get(Recs.STATUS))),
                        (a, b) -> a.open() ? a : b));
        return existing;
    }

    private record Existing(boolean open) {
    }

    private static String key(String customer, String type) {
        return customer + '\u0000' + type;
    }

    static Set<String> setOf(String text) {
        return com.scudo.shared.DelimitedSet.values(text).stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String open() {
        return RecommendationStatus.OPEN.label();
    }
}
