package com.scudo.customer.internal;

import com.scudo.customer.PendingSync;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the sparse {@code pending-sync} index of each table: only marked records are in it. */
@Component
class DynamoPendingSync implements PendingSync {
    private final OperationalTables tables;

    DynamoPendingSync(OperationalTables tables) {
        this.tables = tables;
    }

    @Override
    public List<PendingRecord> pending(int limit) {
        List<PendingRecord> found = new ArrayList<>();
        // Customers first, so that a replayed order finds its customer's row already there.
        collect(tables.customers, found, limit, e -> e.getSyncPending() == null ? null
                : new PendingCustomer(EntityMapper.toProfile(e), e.getSyncToken()));
        collect(tables.orders, found, limit, e -> e.getSyncPending() == null ? null
                : new PendingOrder(EntityMapper.toOrder(e), e.getSyncToken()));
        collect(tables.interactions, found, limit, e -> e.getSyncPending() == null ? null
                : new PendingInteraction(EntityMapper.toInteraction(e), e.getSyncToken()));
        return found;
    }

    @Override
    public void markSynced(PendingRecord record) {
        if (record instanceof PendingCustomer c) {
            clear(tables.customers.tableName(), OperationalTables.CUSTOMER_SCHEMA, EntityMapper.toEntity(c.profile()), c.token());
        } else if (record instanceof PendingOrder o) {
            clear(tables.orders.tableName(), OperationalTables.ORDER_SCHEMA, EntityMapper.toEntity(o.order()), o.token());
        } else if (record instanceof PendingInteraction i) {
            clear(tables.interactions.tableName(), OperationalTables.INTERACTION_SCHEMA,
                    EntityMapper.toEntity(i.interaction()), i.token());
        }
    }

    private <T> void collect(DynamoDbTable<T> table, List<PendingRecord> found, int limit,
                             Function<T, PendingRecord> toRecord) {
        if (found.size() >= limit) {
            return;
        }
        var pages = table.index(Keys.PENDING_INDEX).scan(r -> r.limit(Math.min(100, limit)));
        for (var page : pages) {
            for (T keysOnly : page.items()) {
                // The index holds keys only: read the item itself, which may have moved on since.
                Key key = table.keyFrom(keysOnly);
                T item = table.getItem(r -> r.key(key).consistentRead(true));
                PendingRecord record = item == null ? null : toRecord.apply(item);
                if (record != null) {
                    found.add(record);
                }
                if (found.size() >= limit) {
                    return;
                }
            }
        }
    }

    private <T> void clear(String tableName, TableSchema<T> schema, T entity, String token) {
        if (token == null) {
            return;
        }
        Map<String, AttributeValue> key = schema.itemToMap(entity, schema.tableMetadata().primaryKeys());
        try {
            tables.client.updateItem(b -> b.tableName(tableName).key(key)
                    .updateExpression("REMOVE sync_pending, sync_token")
                    .conditionExpression("sync_token = :token")
                    .expressionAttributeValues(Map.of(":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException markedAgain) {
            // A newer write marked the record again; its own sync clears it.
        }
    }
}
