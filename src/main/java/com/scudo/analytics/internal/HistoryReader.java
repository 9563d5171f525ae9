package com.scudo.analytics.internal;

import com.scudo.analytics.internal.FactTables.InteractionFacts;
import com.scudo.analytics.internal.FactTables.OrderFacts;
import com.scudo.platform.WorkspaceKeys;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


/**
 * Reads order histories in one ordered pass over order_facts (customer by customer, oldest order
 * first), so a run over millions of orders needs one query and memory for one customer at a time.
 */
@Component
class HistoryReader {
    private static final Field<String> CUSTOMER = OrderFacts.CUSTOMER_ID;
    private static final Field<OffsetDateTime> ORDERED_AT = OrderFacts.ORDERED_AT;
    private static final Field<String> INTERACTION_CUSTOMER = InteractionFacts.CUSTOMER_ID;
    private static final Field<OffsetDateTime> OCCURRED_AT = InteractionFacts.OCCURRED_AT;

    /** Byte order: PostgreSQL sorts by it with abbreviated keys, several times faster than through a locale's rules. */
    private static final org.jooq.Collation BYTE_ORDER = DSL.collation(DSL.name("C"));
    private static final String SORT_MEMORY = "64MB";

    private final DSLContext sql;

    HistoryReader(DSLContext sql) {
        this.sql = sql;
    }

    /** Every customer with at least one order up to {@code asOf}, in customer id order. */
    void forEachCustomer(String workspace, LocalDate asOf, Consumer<CustomerHistory> consumer) {
        Map<String, InteractionSummary> interactions = interactions(workspace, asOf, null);
        read(workspace, asOf, null, interactions, consumer);
    }

    CustomerHistory customer(String workspace, String customerId, LocalDate asOf) {
        List<CustomerHistory> found = customers(workspace, List.of(customerId), asOf);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The histories of these customers (those with orders up to {@code asOf}), in customer id order. */
    List<CustomerHistory> customers(String workspace, List<String> customerIds, LocalDate asOf) {
        List<CustomerHistory> found = new ArrayList<>();
        for (int i = 0; i < customerIds.size(); i += 1000) {
            List<String> part = customerIds.subList(i, Math.min(customerIds.size(), i + 1000));
            Map<String, InteractionSummary> interactions = interactions(workspace, asOf, part);
            read(workspace, asOf, part, interactions, found::add);
        }
        return found;
    }

    int countCustomersWithOrders(String workspace, LocalDate asOf) {
        return sql.select(DSL.countDistinct(CUSTOMER)).from(OrderFacts.TABLE)
                .where(OrderFacts.WORKSPACE_ID.eq(workspace).and(ORDERED_AT.lt(endOf(asOf)))).fetchOne(0, Integer.class);
    }

    /** The day (UTC) of the workspace's newest order up to {@code asOf}; null without orders. */
    LocalDate lastOrderDay(String workspace, LocalDate asOf) {
        OffsetDateTime newest = sql.select(DSL.max(ORDERED_AT)).from(OrderFacts.TABLE)
                .where(OrderFacts.WORKSPACE_ID.eq(workspace).and(ORDERED_AT.lt(endOf(asOf)))).fetchOne(0, OffsetDateTime.class);
        return newest == null ? null : newest.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private void read(String workspace, LocalDate asOf, List<String> onlyCustomers, Map<String, InteractionSummary> interactions,
                      Consumer<CustomerHistory> consumer) {
        Condition where = ORDERED_AT.lt(endOf(asOf));
        Table<?> from = customersOf(OrderFacts.TABLE, OrderFacts.WORKSPACE_ID, CUSTOMER, workspace, onlyCustomers);
        if (from == OrderFacts.TABLE) {
            where = where.and(OrderFacts.WORKSPACE_ID.eq(workspace));
            if (onlyCustomers != null) {
                where = where.and(onlyCustomers.size() == 1 ? CUSTOMER.eq(onlyCustomers.get(0)) : CUSTOMER.in(onlyCustomers));
            }
        }
        Table<?> source = from;
        // A transaction lets PostgreSQL stream with a fetch size instead of materialising every row. The rows are read
        // from the driver's result set by position: a record object per order cost more than the rest of the fold.
        // On H2, and for some customers, ordered as the (workspace, customer, ordered_at) index is: H2 then streams it
        // off the index; ordered by customer and date alone it sorted every order of the shop before the first row. A
        // whole workspace on PostgreSQL is sorted instead (sortWholeWorkspace).
        Condition condition = where;
        boolean sorted = onlyCustomers == null && sql.dialect().family() == SQLDialect.POSTGRES;
        List<SortField<?>> order = sorted ? List.of(CUSTOMER.collate(BYTE_ORDER).asc(), ORDERED_AT.asc())
                : List.of(OrderFacts.WORKSPACE_ID.asc(), CUSTOMER.asc(), ORDERED_AT.asc());
        sql.transaction(tx -> {
            if (sorted) {
                sortWholeWorkspace(tx.dsl());
            }
            try (Cursor<? extends Record> cursor = tx.dsl()
                    .select(CUSTOMER, ORDERED_AT, OrderFacts.AMOUNT, OrderFacts.DISCOUNT.gt(BigDecimal.ZERO),
                            OrderFacts.CHANNEL, OrderFacts.CATEGORIES, OrderFacts.IS_SEASONAL, OrderFacts.IS_GIFT,
                            OrderFacts.IS_BULK, OrderFacts.IS_RETURNED)
                    .from(source).where(condition).orderBy(order).fetchSize(5000).fetchLazy()) {
                ResultSet rows = cursor.resultSet();
                String current = null;
                List<OrderLine> orders = new ArrayList<>();
                while (rows.next()) {
                    String customer = rows.getString(1);
                    if (current != null && !current.equals(customer)) {
                        consumer.accept(history(current, orders, interactions));
                        orders = new ArrayList<>();
                    }
                    current = customer;
                    orders.add(line(rows));
                }
                if (current != null) {
                    consumer.accept(history(current, orders, interactions));
                }
            }
        });
    }

    /**
     * A whole workspace's orders on PostgreSQL are read by a scan and a sort, not along the (workspace, customer, time)
     * index: orders arrive in time order, so walking that index visits the heap in random order, a page per order
     * (33 s for 10,000,000 orders here, against 11 s for the scan and a sort by the customer's bytes, which spills to disk
     * within the memory given here). The planner still picks a bitmap scan of the workspace's pages where the workspace is
     * a small part of the table. Local to the read's transaction.
     */
    private static void sortWholeWorkspace(DSLContext tx) {
        tx.execute("set local enable_indexscan = off");
        tx.execute("set local work_mem = '" + SORT_MEMORY + "'");
    }

    /**
     * The table to read some customers' rows from: on H2 the customers joined as a table of keys (beside the date
     * bound H2 would scan the whole workspace's index instead of looking each customer up, see {@link WorkspaceKeys});
     * elsewhere, and for the whole workspace, the table itself. The join carries the workspace: the same condition
     * in the WHERE clause as well lets H2 read the whole workspace in index order to save the sort (seconds at a
     * million orders).
     */
    private Table<?> customersOf(Table<?> table, Field<String> workspaceField, Field<String> customerField,
                                 String workspace, List<String> onlyCustomers) {
        if (onlyCustomers == null || onlyCustomers.size() == 1 || !WorkspaceKeys.isH2(sql)) {
            return table;
        }
        Table<?> keys = WorkspaceKeys.table(workspace, onlyCustomers);
        return keys.join(table).on(workspaceField.eq(WorkspaceKeys.workspaceOf(keys))
                .and(customerField.eq(WorkspaceKeys.keyOf(keys))));
    }

    private static CustomerHistory history(String customer, List<OrderLine> orders,
                                           Map<String, InteractionSummary> interactions) {
        return new CustomerHistory(customer, List.copyOf(orders), interactions.getOrDefault(customer, InteractionSummary.NONE));
    }

    private static OrderLine line(ResultSet row) throws SQLException {
        String categories = row.getString(6);
        List<String> categoryList = categories == null || categories.length() < 3 ? List.of()
                : Arrays.asList(categories.substring(1, categories.length() - 1).split("\\|"));
        return new OrderLine(row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                row.getBigDecimal(3).doubleValue(), row.getBoolean(4), row.getString(5), categoryList, row.getBoolean(7),
                row.getBoolean(8), row.getBoolean(9), row.getBoolean(10));
    }

    /** Interactions in the 90 days up to {@code asOf}, counted per customer and kind, plus the last one ever. */
    private Map<String, InteractionSummary> interactions(String workspace, LocalDate asOf, List<String> onlyCustomers) {
        Condition where = OCCURRED_AT.lt(endOf(asOf));
        Table<?> from = customersOf(InteractionFacts.TABLE, InteractionFacts.WORKSPACE_ID, INTERACTION_CUSTOMER, workspace,
                onlyCustomers);
        if (from == InteractionFacts.TABLE) {
            where = where.and(InteractionFacts.WORKSPACE_ID.eq(workspace));
            if (onlyCustomers != null) {
                where = where.and(onlyCustomers.size() == 1 ? INTERACTION_CUSTOMER.eq(onlyCustomers.get(0))
                        : INTERACTION_CUSTOMER.in(onlyCustomers));
            }
        }
        OffsetDateTime since = endOf(asOf.minusDays(90));
        Field<Integer> recent = DSL.count().filterWhere(OCCURRED_AT.ge(since)).as("recent");
        Field<OffsetDateTime> last = DSL.max(OCCURRED_AT).as("last");
        Map<String, int[]> counts = new HashMap<>();
        Map<String, LocalDate> lastSeen = new HashMap<>();
        var rows = sql.select(INTERACTION_CUSTOMER, InteractionFacts.KIND, recent, last).from(from)
                .where(where).groupBy(INTERACTION_CUSTOMER, InteractionFacts.KIND).fetch();
        for (Record4<String, String, Integer, OffsetDateTime> row : rows) {
            int[] byKind = counts.computeIfAbsent(row.value1(), k -> new int[5]);
            int index = kindIndex(row.value2());
            if (index >= 0) {
                byKind[index] += row.value3();
            }
            LocalDate seen = row.value4().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            lastSeen.merge(row.value1(), seen, (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, InteractionSummary> summaries = new HashMap<>();
        counts.forEach((customer, c) -> summaries.put(customer,
                new InteractionSummary(c[0], c[1], c[2], c[3], c[4], lastSeen.get(customer))));
        return summaries;
    }

    private static int kindIndex(String kind) {
        switch (kind) {
            case "email_open": return 0;
            case "email_click": return 1;
            case "site_visit": return 2;
            case "support_ticket": return 3;
            case "campaign_response": return 4;
            default: return -1;
        }
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
