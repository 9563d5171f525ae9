package com.scudo.analytics.internal;

import com.scudo.analytics.internal.FactTables.CustomerDim;
import com.scudo.analytics.internal.FactTables.InteractionFacts;
import com.scudo.analytics.internal.FactTables.OrderFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static com.scudo.analytics.internal.JooqAnalyticalFacts.setText;
import static com.scudo.analytics.internal.JooqAnalyticalFacts.utc;

/**
 * Upserts for bulk loads: one statement with bind markers per table, executed as a JDBC batch with
 * one row of values per record (the update takes the incoming row, so values are bound only once).
 */
final class FactBatches {
    private static final int ROWS_PER_BATCH = 5_000;
    private final DSLContext sql;

    FactBatches(DSLContext sql) {
        this.sql = sql;
    }

    void customers(List<CustomerProfile> profiles, Function<CustomerProfile, String> hash) {
        write(CustomerDim.TABLE, List.of(CustomerDim.WORKSPACE_ID, CustomerDim.CUSTOMER_ID, CustomerDim.NAME,
                        CustomerDim.EMAIL, CustomerDim.PHONE, CustomerDim.COMPANY, CustomerDim.CITY, CustomerDim.REGION,
                        CustomerDim.COUNTRY, CustomerDim.PREFERRED_CHANNEL, CustomerDim.CATEGORIES, CustomerDim.TAGS,
                        CustomerDim.EMAIL_OPT_IN, CustomerDim.CREATED_AT, CustomerDim.UPDATED_AT, CustomerDim.CONTENT_HASH), 2, profiles,
                p -> new Object[] {p.workspace().value(), p.id().value(), p.name(),
                        p.email() == null ? null : p.email().toLowerCase(Locale.ROOT), p.phone(), p.company(),
                        p.address().city(), p.address().region(), p.address().country(), p.preferences().channel(),
                        setText(p.preferences().categories()), setText(p.tags()), p.preferences().emailOptIn(),
                        utc(p.createdAt()), utc(p.updatedAt()), hash.apply(p)});
    }

    void orders(List<Order> orders, Function<Order, String> hash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        write(OrderFacts.TABLE, List.of(OrderFacts.WORKSPACE_ID, OrderFacts.ORDER_ID, OrderFacts.CUSTOMER_ID,
                        OrderFacts.ORDERED_AT, OrderFacts.AMOUNT, OrderFacts.CURRENCY, OrderFacts.DISCOUNT, OrderFacts.CHANNEL,
                        OrderFacts.CATEGORIES, OrderFacts.ITEM_COUNT, OrderFacts.IS_SEASONAL, OrderFacts.IS_GIFT,
                        OrderFacts.IS_BULK, OrderFacts.IS_RETURNED, OrderFacts.IS_FIRST_ORDER, OrderFacts.RECORDED_AT,
                        OrderFacts.CONTENT_HASH), 2,
                orders, o -> new Object[] {o.workspace().value(), o.id().value(), o.customerId().value(),
                        utc(o.orderedAt()), o.amount(), o.currency(), o.discount(), o.channel().label(),
                        setText(o.categories()), o.items().stream().mapToInt(Order.OrderItem::quantity).sum(),
                        o.has(OrderFlag.SEASONAL), o.has(OrderFlag.GIFT), o.has(OrderFlag.BULK),
                        o.has(OrderFlag.RETURNED), o.has(OrderFlag.FIRST_ORDER), now, hash.apply(o)});
    }

    void interactions(List<Interaction> interactions, Function<Interaction, String> hash) {
        write(InteractionFacts.TABLE, List.of(InteractionFacts.WORKSPACE_ID, InteractionFacts.INTERACTION_ID,
                        InteractionFacts.CUSTOMER_ID, InteractionFacts.KIND, InteractionFacts.CHANNEL,
                        InteractionFacts.OCCURRED_AT, InteractionFacts.CONTENT_HASH), 2, interactions,
                i -> new Object[] {i.workspace().value(), i.id(), i.customerId().value(), i.type().label(), i.channel(),
                        utc(i.occurredAt()), hash.apply(i)});
    }

    /**
     * The first {@code keyColumns} fields are the primary key. jOOQ renders the upsert once (MERGE on
     * H2, ON CONFLICT on PostgreSQL); rows are bound straight onto the JDBC statement: binding through
     * jOOQ cost more CPU per row than the database's own insert (profiled).
     */
    private <T> void write(Table<?> table, List<Field<?>> fields, int keyColumns, List<T> records,
                           Function<T, Object[]> values) {
        if (records.isEmpty()) {
            return;
        }
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        fields.forEach(f -> row.put(f, DSL.val(null, f)));
        Map<Field<?>, Object> updates = new LinkedHashMap<>();
        fields.subList(keyColumns, fields.size()).forEach(f -> updates.put(f, DSL.excluded(f)));
        Query upsert = sql.insertInto(table).set(row)
                .onConflict(fields.subList(0, keyColumns).toArray(Field<?>[]::new)).doUpdate().set(updates);
        if (upsert.getBindValues().size() != fields.size()) {
            throw new IllegalStateException("The upsert into " + table.getName() + " binds "
                    + upsert.getBindValues().size() + " values, not one per column");
        }
        String statement = sql.render(upsert);
        int[] types = fields.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
        sql.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(statement)) {
                for (int from = 0; from < records.size(); from += ROWS_PER_BATCH) {
                    for (T r : records.subList(from, Math.min(records.size(), from + ROWS_PER_BATCH))) {
                        Object[] v = values.apply(r);
                        for (int i = 0; i < v.length; i++) {
                            if (v[i] == null) {
                                insert.setNull(i + 1, types[i]);
                            } else {
                                insert.setObject(i + 1, v[i]);
                            }
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }
}
