package com.scudo.customer.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.util.List;

/** "operationalStore" in /actuator/health: every DynamoDB table answers and is ACTIVE. */
@Component("operationalStore")
class OperationalStoreHealth extends AbstractHealthIndicator {
    private final OperationalTables tables;
    private final DynamoDbSettings settings;

    OperationalStoreHealth(OperationalTables tables, DynamoDbSettings settings) {
        super("DynamoDB is not reachable");
        this.tables = tables;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> names = List.of(tables.customers.tableName(), tables.orders.tableName(),
                tables.interactions.tableName(), tables.metricsTable);
        long started = System.nanoTime();
        boolean allActive = true;
        for (String name : names) {
            TableStatus status = tables.client.describeTable(DescribeTableRequest.builder().tableName(name).build())
                    .table().tableStatus();
            builder.withDetail(name, status.toString());
            allActive &= status == TableStatus.ACTIVE;
        }
        builder.withDetail("store", "DynamoDB (" + settings.mode().name().toLowerCase().replace('_', '-') + ")")
                .withDetail("latencyMillis", (System.nanoTime() - started) / 1_000_000);
        if (allActive) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
