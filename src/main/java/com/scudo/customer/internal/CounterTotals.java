package com.scudo.customer.internal;

import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-time counters written as totals, for bulk loads: one item per customer or day, put in
 * batches of 25 (setting) or updated one by one (adding, for the few day items).
 */
final class CounterTotals {
    private static final int WRITE_BATCH = 25;
    private final OperationalTables tables;

    CounterTotals(OperationalTables tables) {
        this.tables = tables;
    }

    void setCustomers(WorkspaceId workspace, Map<CustomerId, RealtimeCounters> totals) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(totals.size());
        totals.forEach((customer, counters) -> items.add(item(workspace, Counters.customerKey(customer), counters)));
        put(items);
    }

    void setDays(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(totals.size());
        totals.forEach((day, counters) -> items.add(item(workspace, Counters.dayKey(day), counters)));
        put(items);
    }

    void addDays(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals) {
        totals.forEach((day, counters) -> tables.client.updateItem(b -> b.tableName(tables.metricsTable)
                .key(Counters.key(workspace, Counters.dayKey(day)))
                .updateExpression("ADD orders :o, revenue :r, interactions :i")
                .expressionAttributeValues(Map.of(":o", AttributeValue.fromN(Long.toString(counters.orders())),
                        ":r", AttributeValue.fromN(counters.revenue().toPlainString()),
                        ":i", AttributeValue.fromN(Long.toString(counters.interactions()))))));
    }

    private static Map<String, AttributeValue> item(WorkspaceId workspace, String metricKey, RealtimeCounters counters) {
        Map<String, AttributeValue> item = new HashMap<>(Counters.key(workspace, metricKey));
        item.put("orders", AttributeValue.fromN(Long.toString(counters.orders())));
        item.put("revenue", AttributeValue.fromN(counters.revenue().toPlainString()));
        item.put("interactions", AttributeValue.fromN(Long.toString(counters.interactions())));
        if (counters.lastSeen() != null) {
            item.put("last_seen", AttributeValue.fromS(Keys.sortableTime(counters.lastSeen())));
        }
        return item;
    }

    private void put(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += WRITE_BATCH) {
            List<WriteRequest> requests = items.subList(from, Math.min(items.size(), from + WRITE_BATCH)).stream()
                    .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList();
            Map<String, List<WriteRequest>> batch = Map.of(tables.metricsTable, requests);
            long backoff = 20;
            for (int attempt = 0; !batch.isEmpty(); attempt++) {
                if (attempt == 12) {
                    throw new IllegalStateException("DynamoDB kept counter items unprocessed after 12 attempts");
                }
                Map<String, List<WriteRequest>> current = batch;
                BatchWriteItemResponse response = tables.client.batchWriteItem(b -> b.requestItems(current));
                batch = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                if (!batch.isEmpty()) {
                    sleep(backoff);
                    backoff = Math.min(1000, backoff * 2);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing counters", e);
        }
    }
}
