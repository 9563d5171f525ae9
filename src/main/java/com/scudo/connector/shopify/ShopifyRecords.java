package com.scudo.connector.shopify;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SHOPIFY_CUSTOMERS;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SHOPIFY_DELIVERIES;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SHOPIFY_ORDERS;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SHOPIFY_REFUNDS;

/** What the connector keeps about a shop beside the recorded data: deliveries seen, orders' last commands, refunds. */
@Component
class ShopifyRecords {
    private final DSLContext sql;
    private final Clock clock;

    ShopifyRecords(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    boolean delivered(String connection, String webhookId) {
        return sql.fetchExists(CONNECTOR_SHOPIFY_DELIVERIES, CONNECTOR_SHOPIFY_DELIVERIES.CONNECTION_ID.eq(connection)
                .and(CONNECTOR_SHOPIFY_DELIVERIES.WEBHOOK_ID.eq(webhookId)));
    }

    /** Marks a delivery done; false when a concurrent redelivery marked it first. */
    boolean markDelivered(String connection, String webhookId, String topic) {
        return sql.insertInto(CONNECTOR_SHOPIFY_DELIVERIES)
                .set(CONNECTOR_SHOPIFY_DELIVERIES.CONNECTION_ID, connection)
                .set(CONNECTOR_SHOPIFY_DELIVERIES.WEBHOOK_ID, webhookId)
                .set(CONNECTOR_SHOPIFY_DELIVERIES.TOPIC, topic)
                .set(CONNECTOR_SHOPIFY_DELIVERIES.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onDuplicateKeyIgnore().execute() == 1;
    }

    void refund(String connection, ShopifyPayloads.Refund refund) {
        sql.insertInto(CONNECTOR_SHOPIFY_REFUNDS)
                .set(CONNECTOR_SHOPIFY_REFUNDS.CONNECTION_ID, connection)
                .set(CONNECTOR_SHOPIFY_REFUNDS.REFUND_ID, refund.id())
                .set(CONNECTOR_SHOPIFY_REFUNDS.SHOPIFY_ORDER_ID, refund.orderId())
                .set(CONNECTOR_SHOPIFY_REFUNDS.AMOUNT, refund.amount())
                .onDuplicateKeyIgnore().execute();
    }

    BigDecimal refundedTotal(String connection, String orderId) {
        BigDecimal sum = sql.select(org.jooq.impl.DSL.sum(CONNECTOR_SHOPIFY_REFUNDS.AMOUNT)).from(CONNECTOR_SHOPIFY_REFUNDS)
                .where(CONNECTOR_SHOPIFY_REFUNDS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_REFUNDS.SHOPIFY_ORDER_ID.eq(orderId)).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    record StoredOrder(String orderKey, String customerKey, String commandJson) {
    }

    Optional<StoredOrder> order(String connection, String orderId) {
        return sql.select(CONNECTOR_SHOPIFY_ORDERS.ORDER_KEY, CONNECTOR_SHOPIFY_ORDERS.CUSTOMER_KEY,
                        CONNECTOR_SHOPIFY_ORDERS.COMMAND_JSON).from(CONNECTOR_SHOPIFY_ORDERS)
                .where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_ORDERS.SHOPIFY_ORDER_ID.eq(orderId))
                .fetchOptional(r -> new StoredOrder(r.value1(), r.value2(), r.value3()));
    }

    void saveOrder(String connection, String orderId, StoredOrder order) {
        sql.transaction(tx -> {
            tx.dsl().deleteFrom(CONNECTOR_SHOPIFY_ORDERS).where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection))
                    .and(CONNECTOR_SHOPIFY_ORDERS.SHOPIFY_ORDER_ID.eq(orderId)).execute();
            tx.dsl().insertInto(CONNECTOR_SHOPIFY_ORDERS)
                    .set(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID, connection)
                    .set(CONNECTOR_SHOPIFY_ORDERS.SHOPIFY_ORDER_ID, orderId)
                    .set(CONNECTOR_SHOPIFY_ORDERS.ORDER_KEY, order.orderKey())
                    .set(CONNECTOR_SHOPIFY_ORDERS.CUSTOMER_KEY, order.customerKey())
                    .set(CONNECTOR_SHOPIFY_ORDERS.COMMAND_JSON, order.commandJson())
                    .set(CONNECTOR_SHOPIFY_ORDERS.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
        });
    }

    void customer(String connection, String shopifyCustomerId, String customerKey) {
        if (shopifyCustomerId == null) {
            return;
        }
        sql.insertInto(CONNECTOR_SHOPIFY_CUSTOMERS)
                .set(CONNECTOR_SHOPIFY_CUSTOMERS.CONNECTION_ID, connection)
                .set(CONNECTOR_SHOPIFY_CUSTOMERS.SHOPIFY_CUSTOMER_ID, shopifyCustomerId)
                .set(CONNECTOR_SHOPIFY_CUSTOMERS.CUSTOMER_KEY, customerKey)
                .onDuplicateKeyIgnore().execute();
    }

    Optional<String> customerKey(String connection, String shopifyCustomerId) {
        return sql.select(CONNECTOR_SHOPIFY_CUSTOMERS.CUSTOMER_KEY).from(CONNECTOR_SHOPIFY_CUSTOMERS)
                .where(CONNECTOR_SHOPIFY_CUSTOMERS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_CUSTOMERS.SHOPIFY_CUSTOMER_ID.eq(shopifyCustomerId))
                .fetchOptional(CONNECTOR_SHOPIFY_CUSTOMERS.CUSTOMER_KEY);
    }

    /** Every customer this shop sent, for shop/redact: by Shopify id and by the orders' keys. */
    List<String> customerKeys(String connection) {
        return sql.selectDistinct(CONNECTOR_SHOPIFY_CUSTOMERS.CUSTOMER_KEY).from(CONNECTOR_SHOPIFY_CUSTOMERS)
                .where(CONNECTOR_SHOPIFY_CUSTOMERS.CONNECTION_ID.eq(connection))
                .union(sql.selectDistinct(CONNECTOR_SHOPIFY_ORDERS.CUSTOMER_KEY).from(CONNECTOR_SHOPIFY_ORDERS)
                        .where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection)))
                .fetch(0, String.class);
    }

    /** Forgets what the connector kept about one customer (their orders' commands hold their key and items). */
    void forgetCustomer(String connection, String customerKey) {
        List<String> orders = sql.select(CONNECTOR_SHOPIFY_ORDERS.SHOPIFY_ORDER_ID).from(CONNECTOR_SHOPIFY_ORDERS)
                .where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_ORDERS.CUSTOMER_KEY.eq(customerKey)).fetch(CONNECTOR_SHOPIFY_ORDERS.SHOPIFY_ORDER_ID);
        sql.deleteFrom(CONNECTOR_SHOPIFY_REFUNDS).where(CONNECTOR_SHOPIFY_REFUNDS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_REFUNDS.SHOPIFY_ORDER_ID.in(orders)).execute();
        sql.deleteFrom(CONNECTOR_SHOPIFY_ORDERS).where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_ORDERS.CUSTOMER_KEY.eq(customerKey)).execute();
        sql.deleteFrom(CONNECTOR_SHOPIFY_CUSTOMERS).where(CONNECTOR_SHOPIFY_CUSTOMERS.CONNECTION_ID.eq(connection))
                .and(CONNECTOR_SHOPIFY_CUSTOMERS.CUSTOMER_KEY.eq(customerKey)).execute();
    }

    void forgetShop(String connection) {
        sql.deleteFrom(CONNECTOR_SHOPIFY_REFUNDS).where(CONNECTOR_SHOPIFY_REFUNDS.CONNECTION_ID.eq(connection)).execute();
        sql.deleteFrom(CONNECTOR_SHOPIFY_ORDERS).where(CONNECTOR_SHOPIFY_ORDERS.CONNECTION_ID.eq(connection)).execute();
        sql.deleteFrom(CONNECTOR_SHOPIFY_CUSTOMERS).where(CONNECTOR_SHOPIFY_CUSTOMERS.CONNECTION_ID.eq(connection)).execute();
    }
}
