package com.scudo.customer.internal;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The items of {@code realtime_metrics}: one per workspace and UTC day, one per customer. */
final class Counters {
    private Counters() {
    }

    static String dayKey(LocalDate day) {
        return "DAY#" + day;
    }

    static String customerKey(CustomerId customer) {
        return "CUSTOMER#" + customer.value();
    }

    static Map<String, AttributeValue> key(WorkspaceId workspace, String metricKey) {
        return Map.of("workspace_id", AttributeValue.fromS(workspace.value()), "metric_key", AttributeValue.fromS(metricKey));
    }

    /** Adds one order of {@code amount} to the day's and the customer's counters. */
    static TransactWriteItem[] orderAdded(OperationalTables tables, WorkspaceId workspace, CustomerId customer,
                                          Instant orderedAt, BigDecimal amount) {
        Map<String, AttributeValue> values = Map.of(":one", AttributeValue.fromN("1"),
                ":amount", AttributeValue.fromN(amount.toPlainString()));
        String expression = "ADD orders :one, revenue :amount";
        return new TransactWriteItem[] {
                update(tables, workspace, dayKey(orderedAt.atZone(ZoneOffset.UTC).toLocalDate()), expression, values),
                update(tables, workspace, customerKey(customer), expression, values)};
    }

    static TransactWriteItem[] interactionAdded(OperationalTables tables, WorkspaceId workspace, CustomerId customer,
                                                Instant occurredAt) {
        Map<String, AttributeValue> values = Map.of(":one", AttributeValue.fromN("1"));
        String expression = "ADD interactions :one";
        return new TransactWriteItem[] {
                update(tables, workspace, dayKey(occurredAt.atZone(ZoneOffset.UTC).toLocalDate()), expression, values),
                update(tables, workspace, customerKey(customer), expression, values)};
    }

    /** Moves the customer's last-seen time forward, never back (late events arrive out of order). */
    static void touchLastSeen(OperationalTables tables, WorkspaceId workspace, CustomerId customer, Instant seen) {
        try {
            tables.client.updateItem(b -> b.tableName(tables.metricsTable)
                    .key(key(workspace, customerKey(customer)))
                    .updateExpression("SET last_seen = :seen")
                    .conditionExpression("attribute_not_exists(last_seen) OR last_seen < :seen")
                    .expressionAttributeValues(Map.of(":seen", AttributeValue.fromS(Keys.sortableTime(seen)))));
        } catch (ConditionalCheckFailedException newerAlreadyThere) {
            // Nothing to do: a later event has been seen already.
        }
    }

    private static TransactWriteItem update(OperationalTables tables, WorkspaceId workspace, String metricKey,
                                            String expression, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().update(Update.builder().tableName(tables.metricsTable)
                .key(key(workspace, metricKey)).updateExpression(expression)
                .expressionAttributeValues(values).build()).build();
    }
}
