package com.scudo.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.LocalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

import java.util.List;

/**
 * The four tables the app uses, as customer/internal/OperationalTables creates them on DynamoDB Local (same names,
 * keys and indexes, so the app finds them and creates nothing): on demand, point-in-time recovery, encrypted with
 * the AWS-managed KMS key, kept when the stack is deleted.
 */
final class OperationalTables extends Construct {
    static final String PENDING_INDEX = "pending-sync";
    static final String BY_DATE_INDEX = "by-date";
    static final String EMAIL_INDEX = "email-index";

    final Table customers;
    final Table orders;
    final Table interactions;
    final Table realtimeMetrics;

    OperationalTables(Construct scope, String id, String prefix) {
        super(scope, id);
        customers = table("Customers", prefix + "customers", "workspace_id", "customer_id");
        customers.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(EMAIL_INDEX)
                .partitionKey(text("email_key")).projectionType(ProjectionType.ALL).build());
        pendingIndex(customers);

        orders = table("Orders", prefix + "orders", "customer_key", "order_id");
        byDateIndex(orders, "ordered_at");
        pendingIndex(orders);

        interactions = table("Interactions", prefix + "customer_interactions", "customer_key", "interaction_id");
        byDateIndex(interactions, "occurred_at");
        pendingIndex(interactions);

        realtimeMetrics = table("RealtimeMetrics", prefix + "realtime_metrics", "workspace_id", "metric_key");
    }

    List<Table> all() {
        return List.of(customers, orders, interactions, realtimeMetrics);
    }

    private Table table(String id, String name, String partitionKey, String sortKey) {
        return Table.Builder.create(this, id)
                .tableName(name)
                .partitionKey(text(partitionKey))
                .sortKey(text(sortKey))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .encryption(TableEncryption.AWS_MANAGED)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** Records not yet copied to the analytical store (the outbox the app replays). */
    private static void pendingIndex(Table table) {
        table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(PENDING_INDEX)
                .partitionKey(text("sync_pending")).sortKey(text("sync_token"))
                .projectionType(ProjectionType.KEYS_ONLY).build());
    }

    /** A customer's history, newest first. */
    private static void byDateIndex(Table table, String sortKey) {
        table.addLocalSecondaryIndex(LocalSecondaryIndexProps.builder().indexName(BY_DATE_INDEX)
                .sortKey(text(sortKey)).projectionType(ProjectionType.ALL).build());
    }

    private static Attribute text(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
