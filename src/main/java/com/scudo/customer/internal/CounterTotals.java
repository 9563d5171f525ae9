package com.scudo.customer.internal;

import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
    private final OperationalTables tables;
    private final ItemBatches batches;

    CounterTotals(OperationalTables tables, ItemBatches batches) {
        this.tables = tables;
        this.batches = batches;
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
        batches.putAll(tables.metricsTable, items);
    }
}
