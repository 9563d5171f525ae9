package com.scudo.customer.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.ProfileAndCounters;
import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Profile and live counters with one BatchGetItem (the profile read consistently, as a single read is). */
@Component
class DynamoProfileAndCounters implements ProfileAndCounters {
    private final OperationalTables tables;
    private final ItemBatches batches;

    DynamoProfileAndCounters(OperationalTables tables, ItemBatches batches) {
        this.tables = tables;
        this.batches = batches;
    }

    @Override
    public Read read(WorkspaceId workspace, CustomerId customer) {
        String customers = tables.customers.tableName();
        Map<String, List<Map<String, AttributeValue>>> found = batches.getAll(Map.of(
                customers, KeysAndAttributes.builder().consistentRead(true).keys(Map.of(
                        "workspace_id", AttributeValue.fromS(workspace.value()),
                        "customer_id", AttributeValue.fromS(customer.value()))).build(),
                tables.metricsTable, KeysAndAttributes.builder()
                        .keys(Counters.key(workspace, Counters.customerKey(customer))).build()));
        Optional<CustomerProfile> profile = found.getOrDefault(customers, List.of()).stream().findFirst()
                .map(OperationalTables.CUSTOMER_SCHEMA::mapToItem).map(EntityMapper::toProfile);
        RealtimeCounters counters = found.getOrDefault(tables.metricsTable, List.of()).stream().findFirst()
                .map(DynamoRealtimeMetrics::counters).orElse(RealtimeCounters.EMPTY);
        return new Read(profile, counters);
    }
}
