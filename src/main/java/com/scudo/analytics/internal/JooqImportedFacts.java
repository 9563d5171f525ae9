package com.scudo.analytics.internal;

import com.scudo.analytics.ImportedFacts;
import com.scudo.analytics.internal.FactTables.CustomerDim;
import com.scudo.analytics.internal.FactTables.InteractionFacts;
import com.scudo.analytics.internal.FactTables.OrderFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads by id in groups of 1,000 (index lookups), batched upserts, totals grouped in SQL. */
@Component
class JooqImportedFacts implements ImportedFacts {
    private static final int IDS_PER_QUERY = 1_000;
    private final DSLContext sql;
    private final FactBatches batches;
    private final boolean lateral;
    private final Set<String> withStatistics = ConcurrentHashMap.newKeySet();

    JooqImportedFacts(DSLContext sql) {
        this.sql = sql;
        this.batches = new FactBatches(sql);
        this.lateral = sql.dialect().family() == SQLDialect.POSTGRES;
    }

    @Override
    public Map<CustomerId, StoredCustomer> customers(WorkspaceId workspace, Collection<CustomerId> ids) {
        Map<CustomerId, StoredCustomer> result = new HashMap<>();
        for (List<String> part : parts(ids.stream().map(CustomerId::value).distinct().toList())) {
            forEachMatch(workspace, part, CustomerDim.TABLE, CustomerDim.WORKSPACE_ID, CustomerDim.CUSTOMER_ID,
                    List.of(CustomerDim.CUSTOMER_ID, CustomerDim.CONTENT_HASH, CustomerDim.CREATED_AT, CustomerDim.UPDATED_AT),
                    r -> result.put(CustomerId.of(r.get(0, String.class)), new StoredCustomer(r.get(1, String.class),
                            instant(r.get(2, OffsetDateTime.class)), instant(r.get(3, OffsetDateTime.class)))));
        }
        return result;
    }

    @Override
    public Map<String, String> orders(WorkspaceId workspace, Collection<String> orderIds) {
        return prints(OrderFacts.TABLE, OrderFacts.WORKSPACE_ID, OrderFacts.ORDER_ID, OrderFacts.CONTENT_HASH, workspace, orderIds);
    }

    @Override
    public Map<String, String> interactions(WorkspaceId workspace, Collection<String> interactionIds) {
        return prints(InteractionFacts.TABLE, InteractionFacts.WORKSPACE_ID, InteractionFacts.INTERACTION_ID,
                InteractionFacts.CONTENT_HASH, workspace, interactionIds);
    }

    @Override
    public void upsert(List<CustomerProfile> customers, Function<CustomerProfile, String> customerPrint, List<Order> orders,
                       Function<Order, String> orderPrint, List<Interaction> interactions,
                       Function<Interaction, String> interactionPrint) {
        batches.customers(customers, customerPrint);
        batches.orders(orders, orderPrint);
        batches.interactions(interactions, interactionPrint);
    }

    @Override
    public Map<CustomerId, RealtimeCounters> customerTotals(WorkspaceId workspace, Collection<CustomerId> ids) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        Map<String, Instant> seen = new HashMap<>();
        for (List<String> part : parts(ids.stream().map(CustomerId::value).distinct().toList())) {
            forEachTotal(workspace, part, OrderFacts.TABLE, OrderFacts.WORKSPACE_ID, OrderFacts.CUSTOMER_ID,
                    List.of(DSL.count(), DSL.sum(OrderFacts.AMOUNT), DSL.max(OrderFacts.ORDERED_AT)), r -> {
                        String id = r.get(0, String.class);
                        counts.computeIfAbsent(id, any -> new long[2])[0] = r.get(1, Long.class);
                        revenue.put(id, r.get(2, BigDecimal.class));
                        seen.merge(id, instant(r.get(3, OffsetDateTime.class)), JooqImportedFacts::later);
                    });
            forEachTotal(workspace, part, InteractionFacts.TABLE, InteractionFacts.WORKSPACE_ID, InteractionFacts.CUSTOMER_ID,
                    List.of(DSL.count(), DSL.max(InteractionFacts.OCCURRED_AT)), r -> {
                        String id = r.get(0, String.class);
                        counts.computeIfAbsent(id, any -> new long[2])[1] = r.get(1, Long.class);
                        seen.merge(id, instant(r.get(2, OffsetDateTime.class)), JooqImportedFacts::later);
                    });
        }
        Map<CustomerId, RealtimeCounters> result = new HashMap<>();
        counts.forEach((id, n) -> result.put(CustomerId.of(id), new RealtimeCounters(n[0],
                revenue.getOrDefault(id, BigDecimal.ZERO), n[1], seen.get(id))));
        return result;
    }

    @Override
    public Map<LocalDate, RealtimeCounters> dayTotals(WorkspaceId workspace, Set<LocalDate> days) {
        Map<LocalDate, RealtimeCounters> result = new HashMap<>();
        if (days.isEmpty()) {
            return result;
        }
        // One pass over the days' range (index on workspace and time), summed here by UTC day: portable.
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        OffsetDateTime from = first.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<LocalDate, long[]> counts = new HashMap<>();
        Map<LocalDate, BigDecimal> revenue = new HashMap<>();
        try (var cursor = sql.select(OrderFacts.ORDERED_AT, OrderFacts.AMOUNT).from(OrderFacts.TABLE)
                .where(OrderFacts.WORKSPACE_ID.eq(workspace.value()).and(OrderFacts.ORDERED_AT.ge(from))
                        .and(OrderFacts.ORDERED_AT.lt(to))).fetchSize(5_000).fetchLazy()) {
            for (Record r : cursor) {
                LocalDate day = r.get(OrderFacts.ORDERED_AT).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                if (days.contains(day)) {
                    counts.computeIfAbsent(day, d -> new long[2])[0]++;
                    revenue.merge(day, r.get(OrderFacts.AMOUNT), BigDecimal::add);
                }
            }
        }
        try (var cursor = sql.select(InteractionFacts.OCCURRED_AT).from(InteractionFacts.TABLE)
                .where(InteractionFacts.WORKSPACE_ID.eq(workspace.value()).and(InteractionFacts.OCCURRED_AT.ge(from))
                        .and(InteractionFacts.OCCURRED_AT.lt(to))).fetchSize(5_000).fetchLazy()) {
            for (Record r : cursor) {
                LocalDate day = r.get(InteractionFacts.OCCURRED_AT).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                if (days.contains(day)) {
                    counts.computeIfAbsent(day, d -> new long[2])[1]++;
                }
            }
        }
        counts.forEach((day, n) -> result.put(day, new RealtimeCounters(n[0], revenue.getOrDefault(day, BigDecimal.ZERO),
                n[1], null)));
        return result;
    }

    private Map<String, String> prints(Table<?> table, Field<String> workspaceField, Field<String> idField,
                                       Field<String> printField, WorkspaceId workspace, Collection<String> ids) {
        Map<String, String> result = new HashMap<>();
        for (List<String> part : parts(ids.stream().distinct().toList())) {
            forEachMatch(workspace, part, table, workspaceField, idField, List.of(idField, printField),
                    r -> result.put(r.get(0, String.class), r.get(1) == null ? "" : r.get(1, String.class)));
        }
        return result;
    }

    /**
     * Visits (customer id, {@code totals}...) for each of these customers with rows in {@code table}
     * (the first total must be a count), by index lookups as {@link #forEachMatch} explains.
     */
    private void forEachTotal(WorkspaceId workspace, List<String> ids, Table<?> table, Field<String> workspaceField,
                              Field<String> customerField, List<Field<?>> totals, Consumer<Record> visitor) {
        if (lateral) {
            ensureStatistics(table, customerField);
            Table<?> k = idArray(ids);
            List<Field<?>> named = new ArrayList<>();
            for (int i = 0; i < totals.size(); i++) {
                named.add(totals.get(i).as("t" + i));
            }
            Table<?> m = DSL.lateral(DSL.select(named).from(table)
                    .where(workspaceField.eq(workspace.value()).and(customerField.eq(WorkspaceKeys.keyOf(k))))).as("m");
            List<Field<?>> fields = new ArrayList<>(List.of(WorkspaceKeys.keyOf(k)));
            named.forEach(f -> fields.add(m.field(f.getName())));
            sql.select(fields).from(k).crossJoin(m).where(m.field("t0", Long.class).gt(0L)).forEach(visitor);
        } else {
            Table<?> k = WorkspaceKeys.table(workspace.value(), ids);
            List<Field<?>> fields = new ArrayList<>(List.of(customerField));
            fields.addAll(totals);
            sql.select(fields).from(k).join(table)
                    .on(workspaceField.eq(WorkspaceKeys.workspaceOf(k)).and(customerField.eq(WorkspaceKeys.keyOf(k))))
                    .groupBy(customerField).forEach(visitor);
        }
    }

    /**
     * Without column statistics PostgreSQL may answer a key lookup through another index that starts
     * with the workspace, scanning the whole workspace per key; a table an import is filling has none
     * until autovacuum comes round. So the first lookup into a table without them analyzes it (a sample:
     * milliseconds), after which the planner knows the ids are unique.
     */
    private void ensureStatistics(Table<?> table, Field<String> idField) {
        String key = table.getName() + "." + idField.getName();
        if (withStatistics.contains(key)) {
            return;
        }
        Long found = sql.resultQuery("select count(*) from pg_stats where schemaname = current_schema() "
                + "and tablename = ? and attname = ?", table.getName(), idField.getName()).fetchOne(0, Long.class);
        if (found != null && found > 0) {
            withStatistics.add(key);
            return;
        }
        try {
            sql.execute("analyze " + table.getName());
        } catch (DataAccessException e) {
            withStatistics.add(key); // not ours to analyze: leave it to autovacuum
        }
    }

    /**
     * Visits {@code columns} of the rows of {@code table} with these ids, by index lookups. PostgreSQL
     * plans a join of the ids with the table as a hash join over a scan of the whole table once it has
     * statistics (one scan per chunk: quadratic over an import); a lateral subquery with a limit cannot
     * be flattened into such a join and stays one primary-key lookup per id of a bound array (one
     * parameter instead of a thousand literals to parse). H2 has no LATERAL: there the ids are joined as a key table
     * ({@link WorkspaceKeys#table}), which it looks up by index.
     */
    private void forEachMatch(WorkspaceId workspace, List<String> ids, Table<?> table, Field<String> workspaceField,
                              Field<String> idField, List<Field<?>> columns, Consumer<Record> visitor) {
        if (lateral) {
            ensureStatistics(table, idField);
            Table<?> k = idArray(ids);
            Table<?> m = DSL.lateral(DSL.select(columns).from(table)
                    .where(workspaceField.eq(workspace.value()).and(idField.eq(WorkspaceKeys.keyOf(k))))
                    .limit(DSL.inline(1))).as("m");
            sql.select(columns.stream().map(c -> m.field(c)).toList()).from(k).crossJoin(m).forEach(visitor);
        } else {
            Table<?> k = WorkspaceKeys.table(workspace.value(), ids);
            sql.select(columns).from(k).join(table)
                    .on(workspaceField.eq(WorkspaceKeys.workspaceOf(k)).and(idField.eq(WorkspaceKeys.keyOf(k))))
                    .forEach(visitor);
        }
    }

    /** The ids as one bound array, unnested into a table {@code k(id)} (PostgreSQL). */
    private static Table<?> idArray(List<String> ids) {
        return DSL.unnest(DSL.val(ids.toArray(String[]::new))).as("k", "id");
    }

    private static List<List<String>> parts(List<String> ids) {
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
        }
        return parts;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
