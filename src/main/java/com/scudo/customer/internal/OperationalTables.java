package com.scudo.customer.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedLocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The four operational tables, created on start when missing. */
@Component
class OperationalTables {
    private static final Logger log = LoggerFactory.getLogger(OperationalTables.class);
    static final TableSchema<CustomerEntity> CUSTOMER_SCHEMA = TableSchema.fromBean(CustomerEntity.class);
    static final TableSchema<OrderEntity> ORDER_SCHEMA = TableSchema.fromBean(OrderEntity.class);
    static final TableSchema<InteractionEntity> INTERACTION_SCHEMA = TableSchema.fromBean(InteractionEntity.class);

    final DynamoDbClient client;
    final DynamoDbEnhancedClient enhanced;
    final DynamoDbTable<CustomerEntity> customers;
    final DynamoDbTable<OrderEntity> orders;
    final DynamoDbTable<InteractionEntity> interactions;
    final String metricsTable;

    OperationalTables(DynamoDbClient client, DynamoDbEnhancedClient enhanced, DynamoDbSettings settings) {
        this.client = client;
        this.enhanced = enhanced;
        this.customers = enhanced.table(settings.table("customers"), CUSTOMER_SCHEMA);
        this.orders = enhanced.table(settings.table("orders"), ORDER_SCHEMA);
        this.interactions = enhanced.table(settings.table("customer_interactions"), INTERACTION_SCHEMA);
        this.metricsTable = settings.table("realtime_metrics");
        createMissing();
    }

    private void createMissing() {
        if (missing(customers.tableName())) {
            customers.createTable(b -> b.globalSecondaryIndices(
                    globalIndex(Keys.EMAIL_INDEX, ProjectionType.ALL),
                    globalIndex(Keys.PENDING_INDEX, ProjectionType.KEYS_ONLY)));
            awaitTable(customers.tableName());
        }
        if (missing(orders.tableName())) {
            orders.createTable(b -> b
                    .localSecondaryIndices(EnhancedLocalSecondaryIndex.create(Keys.BY_DATE_INDEX,
                            Projection.builder().projectionType(ProjectionType.ALL).build()))
                    .globalSecondaryIndices(globalIndex(Keys.PENDING_INDEX, ProjectionType.KEYS_ONLY)));
            awaitTable(orders.tableName());
        }
        if (missing(interactions.tableName())) {
            interactions.createTable(b -> b
                    .localSecondaryIndices(EnhancedLocalSecondaryIndex.create(Keys.BY_DATE_INDEX,
                            Projection.builder().projectionType(ProjectionType.ALL).build()))
                    .globalSecondaryIndices(globalIndex(Keys.PENDING_INDEX, ProjectionType.KEYS_ONLY)));
            awaitTable(interactions.tableName());
        }
        if (missing(metricsTable)) {
            client.createTable(b -> b.tableName(metricsTable)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            AttributeDefinition.builder().attributeName("workspace_id").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("metric_key").attributeType(ScalarAttributeType.S).build())
                    .keySchema(
                            KeySchemaElement.builder().attributeName("workspace_id").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("metric_key").keyType(KeyType.RANGE).build()));
            awaitTable(metricsTable);
        }
    }

    private static EnhancedGlobalSecondaryIndex globalIndex(String name, ProjectionType projection) {
        return EnhancedGlobalSecondaryIndex.builder().indexName(name)
                .projection(p -> p.projectionType(projection)).build();
    }

    private boolean missing(String table) {
        try {
            client.describeTable(b -> b.tableName(table));
            return false;
        } catch (ResourceNotFoundException e) {
            return true;
        }
    }

    private void awaitTable(String table) {
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
        log.info("Created DynamoDB table {}", table);
    }
}
