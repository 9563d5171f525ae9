package com.scudo.analytics.internal;

import com.scudo.analytics.ImportedFacts;
import com.scudo.analytics.internal.FactTables.CustomerDim;
import com.scudo.analytics.internal.FactTables.InteractionFacts;
import com.scudo.analytics.internal.FactTables.OrderFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.Table;
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
import java.util.function.Function;

/** Reads by id in groups of 1,000 (index lookups), batched upserts, totals grouped in SQL. */
@Component
class JooqImportedFacts implements ImportedFacts {
    private static final int IDS_PER_QUERY = 1_000;
    private final DSLContext sql;
    private final FactBatches batches;

    JooqImportedFacts(DSLContext sql) {
        this.sql = sql;
        this.batches = new FactBatches(sql);
    }

    @Override
    public Map<CustomerId, StoredCustomer> customers(WorkspaceId workspace, Collection<CustomerId> ids) {
        Map<CustomerId, StoredCustomer> result = new HashMap<>();
        for (List<String> part : parts(ids.stream().map(CustomerId::value).distinct().toList())) {
            Table<?> k = keys(workspace, part);
            sql.select(CustomerDim.CUSTOMER_ID, CustomerDim.CONTENT_HASH, CustomerDim.CREATED_AT, CustomerDim.UPDATED_AT)
                    .from(k).join(CustomerDim.TABLE)
                    .on(CustomerDim.WORKSPACE_ID.eq(ws(k)).and(CustomerDim.CUSTOMER_ID.eq(id(k))))
                    .forEach(r -> result.put(CustomerId.of(r.value1()),
                            new StoredCustomer(r.value2(), instant(r.value3()), instant(r.value4()))));
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
            Table<?> k = keys(workspace, part);
            sql.select(OrderFacts.CUSTOMER_ID, DSL.count(), DSL.sum(OrderFacts.AMOUNT), DSL.max(OrderFacts.ORDERED_AT))
                    .from(k).join(OrderFacts.TABLE)
                    .on(OrderFacts.WORKSPACE_ID.eq(ws(k)).and(OrderFacts.CUSTOMER_ID.eq(id(k))))
                    .groupBy(OrderFacts.CUSTOMER_ID)
                    .forEach(r -> {
                        counts.computeIfAbsent(r.value1(), any -> new long[2])[0] = r.value2();
                        revenue.put(r.value1(), r.value3());
                        seen.merge(r.value1(), instant(r.value4()), JooqImportedFacts::later);
                    });
            sql.select(InteractionFacts.CUSTOMER_ID, DSL.count(), DSL.max(InteractionFacts.OCCURRED_AT))
                    .from(k).join(InteractionFacts.TABLE)
                    .on(InteractionFacts.WORKSPACE_ID.eq(ws(k)).and(InteractionFacts.CUSTOMER_ID.eq(id(k))))
                    .groupBy(InteractionFacts.CUSTOMER_ID)
                    .forEach(r -> {
                        counts.computeIfAbsent(r.value1(), any -> new long[2])[1] = r.value2();
                        seen.merge(r.value1(), instant(r.value3()), JooqImportedFacts::later);
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
            Table<?> k = keys(workspace, part);
            sql.select(idField, printField).from(k).join(table)
                    .on(workspaceField.eq(ws(k)).and(idField.eq(id(k))))
                    .forEach(r -> result.put(r.value1(), r.value2() == null ? "" : r.value2()));
        }
        return result;
    }

    /**
     * The ids as a small table of (workspace, id) rows to join on: both key columns are then equal to
     * a value, which every planner turns into index lookups. An {@code id in (...)} list beside
     * {@code workspace_id = ?} was answered by scanning the whole workspace on H2, and on a young
     * PostgreSQL table (no statistics yet) too: one scan per chunk, quadratic over an import.
     */
    private static Table<?> keys(WorkspaceId workspace, List<String> ids) {
        List<Row2<String, String>> rows = new ArrayList<>(ids.size());
        for (String id : ids) {
            rows.add(DSL.row(DSL.inline(workspace.value()), DSL.inline(id)));
        }
        @SuppressWarnings("unchecked")
        Row2<String, String>[] array = rows.toArray(Row2[]::new);
        return DSL.values(array).as("k", "ws", "id");
    }

    private static Field<String> ws(Table<?> keys) {
        return DSL.field(DSL.name("k", "ws"), String.class);
    }

    private static Field<String> id(Table<?> keys) {
        return DSL.field(DSL.name("k", "id"), String.class);
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
