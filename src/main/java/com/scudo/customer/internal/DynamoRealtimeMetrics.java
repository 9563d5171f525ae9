package com.scudo.customer.internal;

import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

@Component
class DynamoRealtimeMetrics implements RealtimeMetrics {
    private final OperationalTables tables;

    DynamoRealtimeMetrics(OperationalTables tables) {
        this.tables = tables;
    }

    @Override
    public RealtimeCounters forDay(WorkspaceId workspace, LocalDate day) {
        return read(workspace, Counters.dayKey(day));
    }

    @Override
    public RealtimeCounters forCustomer(WorkspaceId workspace, CustomerId customer) {
        return read(workspace, Counters.customerKey(customer));
    }

    private RealtimeCounters read(WorkspaceId workspace, String metricKey) {
        Map<String, AttributeValue> item = tables.client.getItem(b -> b.tableName(tables.metricsTable)
                .key(Counters.key(workspace, metricKey))).item();
        return item == null || item.isEmpty() ? RealtimeCounters.EMPTY : counters(item);
    }

    static RealtimeCounters counters(Map<String, AttributeValue> item) {
        return new RealtimeCounters(
                number(item, "orders").longValue(), number(item, "revenue"), number(item, "interactions").longValue(),
                item.containsKey("last_seen") ? Keys.parseTime(item.get("last_seen").s()) : null);
    }

    private static BigDecimal number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? BigDecimal.ZERO : new BigDecimal(value.n());
    }
}
