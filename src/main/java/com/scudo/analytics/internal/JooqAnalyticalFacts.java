package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.analytics.internal.FactTables.CustomerDim;
import com.scudo.analytics.internal.FactTables.InteractionFacts;
import com.scudo.analytics.internal.FactTables.OrderFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.platform.WorkspaceKeys;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

@Component
class JooqAnalyticalFacts implements AnalyticalFacts {
    private final DSLContext sql;
    private final FactBatches batches;

    JooqAnalyticalFacts(DSLContext sql) {
        this.sql = sql;
        this.batches = new FactBatches(sql);
    }

    @Override
    public void upsertAll(List<CustomerProfile> profiles, List<Order> orders, List<Interaction> interactions) {
        batches.customers(profiles, p -> null);
        batches.orders(orders, o -> null);
        batches.interactions(interactions, i -> null);
    }

    @Override
    public void upsertCustomer(CustomerProfile profile) {
        customerUpsert(profile).execute();
    }

    @Override
    public void upsertCustomers(List<CustomerProfile> profiles) {
        if (!profiles.isEmpty()) {
            sql.batch(profiles.stream().map(this::customerUpsert).toList()).execute();
        }
    }

    @Override
    public void upsertOrder(Order order) {
        orderUpsert(order).execute();
    }

    @Override
    public void removeOrders(com.scudo.shared.WorkspaceId workspace, java.util.Collection<com.scudo.shared.OrderId> orders) {
        if (!orders.isEmpty()) {
            sql.deleteFrom(OrderFacts.TABLE).where(WorkspaceKeys.in(sql, OrderFacts.WORKSPACE_ID, workspace.value(),
                    OrderFacts.ORDER_ID, orders.stream().map(com.scudo.shared.OrderId::value).toList())).execute();
        }
    }

    @Override
    public void upsertOrders(List<Order> orders) {
        if (!orders.isEmpty()) {
            sql.batch(orders.stream().map(this::orderUpsert).toList()).execute();
        }
    }

    @Override
    public void upsertInteraction(Interaction interaction) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(InteractionFacts.WORKSPACE_ID, interaction.workspace().value());
        row.put(InteractionFacts.INTERACTION_ID, interaction.id());
        row.put(InteractionFacts.CUSTOMER_ID, interaction.customerId().value());
        row.put(InteractionFacts.KIND, interaction.type().label());
        row.put(InteractionFacts.CHANNEL, interaction.channel());
        row.put(InteractionFacts.OCCURRED_AT, utc(interaction.occurredAt()));
        row.put(InteractionFacts.CONTENT_HASH, null);
        upsert(InteractionFacts.TABLE, row, InteractionFacts.WORKSPACE_ID, InteractionFacts.INTERACTION_ID).execute();
    }

    private Query customerUpsert(CustomerProfile p) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(CustomerDim.WORKSPACE_ID, p.workspace().value());
        row.put(CustomerDim.CUSTOMER_ID, p.id().value());
        row.put(CustomerDim.NAME, p.name());
        row.put(CustomerDim.EMAIL, p.email() == null ? null : p.email().toLowerCase(Locale.ROOT));
        row.put(CustomerDim.PHONE, p.phone());
        row.put(CustomerDim.COMPANY, p.company());
        row.put(CustomerDim.CITY, p.address().city());
        row.put(CustomerDim.REGION, p.address().region());
        row.put(CustomerDim.COUNTRY, p.address().country());
        row.put(CustomerDim.PREFERRED_CHANNEL, p.preferences().channel());
        row.put(CustomerDim.CATEGORIES, setText(p.preferences().categories()));
        row.put(CustomerDim.TAGS, setText(p.tags()));
        row.put(CustomerDim.EMAIL_OPT_IN, p.preferences().emailOptIn());
        row.put(CustomerDim.CREATED_AT, utc(p.createdAt()));
        row.put(CustomerDim.UPDATED_AT, utc(p.updatedAt()));
        row.put(CustomerDim.CONTENT_HASH, null); // written outside an import: a re-import compares it afresh
        return upsert(CustomerDim.TABLE, row, CustomerDim.WORKSPACE_ID, CustomerDim.CUSTOMER_ID);
    }

    private Query orderUpsert(Order o) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(OrderFacts.WORKSPACE_ID, o.workspace().value());
        row.put(OrderFacts.ORDER_ID, o.id().value());
        row.put(OrderFacts.CUSTOMER_ID, o.customerId().value());
        row.put(OrderFacts.ORDERED_AT, utc(o.orderedAt()));
        row.put(OrderFacts.AMOUNT, o.amount());
        row.put(OrderFacts.CURRENCY, o.currency());
        row.put(OrderFacts.DISCOUNT, o.discount());
        row.put(OrderFacts.CHANNEL, o.channel().label());
        row.put(OrderFacts.CATEGORIES, setText(o.categories()));
        row.put(OrderFacts.ITEM_COUNT, o.items().stream().mapToInt(Order.OrderItem::quantity).sum());
        row.put(OrderFacts.IS_SEASONAL, o.has(OrderFlag.SEASONAL));
        row.put(OrderFacts.IS_GIFT, o.has(OrderFlag.GIFT));
        row.put(OrderFacts.IS_BULK, o.has(OrderFlag.BULK));
        row.put(OrderFacts.IS_RETURNED, o.has(OrderFlag.RETURNED));
        row.put(OrderFacts.IS_FIRST_ORDER, o.has(OrderFlag.FIRST_ORDER));
        row.put(OrderFacts.RECORDED_AT, OffsetDateTime.now(ZoneOffset.UTC));
        row.put(OrderFacts.CONTENT_HASH, null);
        return upsert(OrderFacts.TABLE, row, OrderFacts.WORKSPACE_ID, OrderFacts.ORDER_ID);
    }

    /** Insert, or update every non-key column on conflict: rendered as MERGE where the database wants it. */
    private Query upsert(Table<?> table, Map<Field<?>, Object> row, Field<?>... key) {
        Map<Field<?>, Object> updates = new LinkedHashMap<>();
        List<Field<?>> keyFields = List.of(key);
        row.forEach((field, value) -> {
            if (!keyFields.contains(field)) {
                updates.put(field, DSL.val(value, field));
            }
        });
        return sql.insertInto(table).set(row).onConflict(key).doUpdate().set(updates);
    }

    /** Sets are stored as "|a|b|" so that membership is one portable LIKE. */
    static String setText(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .distinct().collect(Collectors.joining("|", "|", "|"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
