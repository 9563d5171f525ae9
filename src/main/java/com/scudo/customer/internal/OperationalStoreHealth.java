package com.scudo.customer.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * "operationalStore" in /actuator/health: one key read per table. A key read, not DescribeTable,
 * because DescribeTable counts items on DynamoDB Local and would make health checks slow.
 */
@Component("operationalStore")
class OperationalStoreHealth extends AbstractHealthIndicator {
    private static final String PROBE = "__health__";
    private final OperationalTables tables;
    private final DynamoDbSettings settings;

    OperationalStoreHealth(OperationalTables tables, DynamoDbSettings settings) {
        super("DynamoDB is not reachable");
        this.tables = tables;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long started = System.nanoTime();
        Key probe = Key.builder().partitionValue(PROBE).sortValue(PROBE).build();
        tables.customers.getItem(probe);
        tables.orders.getItem(probe);
        tables.interactions.getItem(probe);
        tables.client.getItem(b -> b.tableName(tables.metricsTable).key(Map.of(
                "workspace_id", AttributeValue.fromS(PROBE), "metric_key", AttributeValue.fromS(PROBE))));
        builder.up()
                .withDetail("store", "DynamoDB (" + settings.mode().name().toLowerCase().replace('_', '-') + ")")
                .withDetail("tables", String.join(", ", tables.customers.tableName(), tables.orders.tableName(),
                        tables.interactions.tableName(), tables.metricsTable))
                .withDetail("latencyMillis", (System.nanoTime() - started) / 1_000_000);
    }
}
