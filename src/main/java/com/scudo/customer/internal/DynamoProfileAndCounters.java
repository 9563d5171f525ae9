package com.scudo.customer.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.ProfileAndCounters;
import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Profile and live counters with one BatchGetItem (the profile read consistently, as a single read is). */
@Component
class DynamoProfileAndCounters implements ProfileAndCounters {
    private static final int MAX_ATTEMPTS = 5;
    private final OperationalTables tables;

    DynamoProfileAndCounters(OperationalTables tables) {
        this.tables = tables;
    }

    @Override
    public Read read(WorkspaceId workspace, CustomerId customer) {
        String customers = tables.customers.tableName();
        Map<String, KeysAndAttributes> asked = new HashMap<>(Map.of(
                customers, KeysAndAttributes.builder().consistentRead(true).keys(Map.of(
                        "workspace_id", AttributeValue.fromS(workspace.value()),
                        "customer_id", AttributeValue.fromS(customer.value()))).build(),
                tables.metricsTable, KeysAndAttributes.builder()
                        .keys(Counters.key(workspace, Counters.customerKey(customer))).build()));
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        // BatchGetItem may hand keys back unread (throttling on AWS); ask again for those, a few times.
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !asked.isEmpty(); attempt++) {
            BatchGetItemResponse response = tables.client.batchGetItem(b -> b.requestItems(asked));
            response.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>())
                    .addAll(items));
            asked.clear();
            if (response.hasUnprocessedKeys()) {
                asked.putAll(response.unprocessedKeys());
            }
        }
        if (!asked.isEmpty()) {
            throw new IllegalStateException("The operational store left the read of customer " + customer.value()
                    + " unanswered after " + MAX_ATTEMPTS + " attempts");
        }
        Optional<CustomerProfile> profile = found.getOrDefault(customers, List.of()).stream().findFirst()
                .map(OperationalTables.CUSTOMER_SCHEMA::mapToItem).map(EntityMapper::toProfile);
        RealtimeCounters counters = found.getOrDefault(tables.metricsTable, List.of()).stream().findFirst()
                .map(DynamoRealtimeMetrics::counters).orElse(RealtimeCounters.EMPTY);
        return new Read(profile, counters);
    }
}
