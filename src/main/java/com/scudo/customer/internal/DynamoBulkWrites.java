package com.scudo.customer.internal;

import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Batched reads (100 keys), batched writes (25 items) and counted adds (25 orders per transaction). */
@Component
class DynamoBulkWrites implements BulkWrites {
    private static final int READ_BATCH = 100;
    private static final int WRITE_BATCH = 25;

    private final OperationalTables tables;
    private final DynamoOrderHistory orderHistory;
    private final DynamoInteractionLog interactionLog;

    DynamoBulkWrites(OperationalTables tables, DynamoOrderHistory orderHistory, DynamoInteractionLog interactionLog) {
        this.tables = tables;
        this.orderHistory = orderHistory;
        this.interactionLog = interactionLog;
    }

    @Override
    public List<Optional<CustomerProfile>> findCustomers(WorkspaceId workspace, List<CustomerId> ids) {
        List<CustomerEntity> keys = ids.stream().map(id -> {
            CustomerEntity e = new CustomerEntity();
            e.setWorkspaceId(workspace.value());
            e.setCustomerId(id.value());
            return e;
        }).toList();
        return find(tables.customers.tableName(), OperationalTables.CUSTOMER_SCHEMA, keys, EntityMapper::toProfile);
    }

    @Override
    public List<Optional<Order>> findOrders(List<Order> orders) {
        return find(tables.orders.tableName(), OperationalTables.ORDER_SCHEMA,
                orders.stream().map(EntityMapper::toEntity).toList(), EntityMapper::toOrder);
    }

    @Override
    public List<Optional<Interaction>> findInteractions(List<Interaction> interactions) {
        return find(tables.interactions.tableName(), OperationalTables.INTERACTION_SCHEMA,
                interactions.stream().map(EntityMapper::toEntity).toList(), EntityMapper::toInteraction);
    }

    @Override
    public void putCustomers(List<CustomerProfile> profiles) {
        for (int from = 0; from < profiles.size(); from += WRITE_BATCH) {
            WriteBatch.Builder<CustomerEntity> batch = WriteBatch.builder(CustomerEntity.class)
                    .mappedTableResource(tables.customers);
            profiles.subList(from, Math.min(profiles.size(), from + WRITE_BATCH))
                    .forEach(p -> batch.addPutItem(EntityMapper.toEntity(p)));
            BatchWrites.writeFully(tables, batch.build());
        }
    }

    @Override
    public void addOrders(List<Order> orders) {
        for (int from = 0; from < orders.size(); from += WRITE_BATCH) {
            List<Order> group = orders.subList(from, Math.min(orders.size(), from + WRITE_BATCH));
            Map<String, Instant> lastSeen = new HashMap<>();
            CounterSums sums = new CounterSums();
            List<TransactWriteItem> writes = new ArrayList<>();
            for (Order order : group) {
                writes.add(putIfAbsent(tables.orders.tableName(),
                        OperationalTables.ORDER_SCHEMA.itemToMap(EntityMapper.toEntity(order), true), "order_id"));
                sums.add(order.workspace(), Counters.dayKey(order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate()), order.amount());
                sums.add(order.workspace(), Counters.customerKey(order.customerId()), order.amount());
                lastSeen.merge(order.workspace().value() + "\n" + order.customerId().value(), order.orderedAt(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
            writes.addAll(sums.updates("ADD orders :n, revenue :r"));
            // last-seen only moves forward, so touching it first is safe to repeat after a crash.
            lastSeen.forEach((key, seen) -> {
                String[] parts = key.split("\n");
                Counters.touchLastSeen(tables, WorkspaceId.of(parts[0]), CustomerId.of(parts[1]), seen);
            });
            if (!transact(writes)) {
                group.forEach(orderHistory::record); // one raced in meanwhile: settle them one by one
            }
        }
    }

    @Override
    public void replaceOrders(List<Order> orders) {
        for (int from = 0; from < orders.size(); from += WRITE_BATCH) {
            WriteBatch.Builder<OrderEntity> batch = WriteBatch.builder(OrderEntity.class).mappedTableResource(tables.orders);
            orders.subList(from, Math.min(orders.size(), from + WRITE_BATCH))
                    .forEach(o -> batch.addPutItem(EntityMapper.toEntity(o)));
            BatchWrites.writeFully(tables, batch.build());
        }
    }

    @Override
    public void addInteractions(List<Interaction> interactions) {
        for (int from = 0; from < interactions.size(); from += WRITE_BATCH) {
            List<Interaction> group = interactions.subList(from, Math.min(interactions.size(), from + WRITE_BATCH));
            CounterSums sums = new CounterSums();
            List<TransactWriteItem> writes = new ArrayList<>();
            for (Interaction i : group) {
                writes.add(putIfAbsent(tables.interactions.tableName(),
                        OperationalTables.INTERACTION_SCHEMA.itemToMap(EntityMapper.toEntity(i), true), "interaction_id"));
                sums.add(i.workspace(), Counters.dayKey(i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()), null);
                sums.add(i.workspace(), Counters.customerKey(i.customerId()), null);
            }
            writes.addAll(sums.updates("ADD interactions :n"));
            if (!transact(writes)) {
                group.forEach(interactionLog::record);
            }
        }
    }

    @Override
    public void replaceInteractions(List<Interaction> interactions) {
        for (Interaction interaction : interactions) {
            tables.interactions.putItem(EntityMapper.toEntity(interaction));
        }
    }

    private static TransactWriteItem putIfAbsent(String table, Map<String, AttributeValue> item, String sortKey) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(" + sortKey + ")").build()).build();
    }

    /** False when an item's condition failed (nothing was written); other failures are thrown. */
    private boolean transact(List<TransactWriteItem> writes) {
        try {
            tables.client.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && e.cancellationReasons().stream()
                    .anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }

    private <T, R> List<Optional<R>> find(String table, TableSchema<T> schema, List<T> keyEntities, Function<T, R> mapper) {
        List<Map<String, AttributeValue>> keys = keyEntities.stream()
                .map(e -> schema.itemToMap(e, schema.tableMetadata().primaryKeys())).toList();
        Map<Map<String, AttributeValue>, T> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += READ_BATCH) {
            // BatchGetItem refuses a request that names the same key twice.
            List<Map<String, AttributeValue>> batch = new ArrayList<>(
                    new LinkedHashSet<>(keys.subList(from, Math.min(keys.size(), from + READ_BATCH))));
            Map<String, KeysAndAttributes> request = Map.of(table,
                    KeysAndAttributes.builder().keys(batch).consistentRead(true).build());
            long backoff = 20;
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> current = request;
                BatchGetItemResponse response = tables.client.batchGetItem(b -> b.requestItems(current));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    T entity = schema.mapToItem(item);
                    found.put(schema.itemToMap(entity, schema.tableMetadata().primaryKeys()), entity);
                }
                request = response.unprocessedKeys() == null ? Map.of() : response.unprocessedKeys();
                if (!request.isEmpty()) {
                    sleep(backoff);
                    backoff = Math.min(1000, backoff * 2);
                }
            }
        }
        List<Optional<R>> result = new ArrayList<>(keys.size());
        for (Map<String, AttributeValue> key : keys) {
            T entity = found.get(key);
            result.add(entity == null ? Optional.empty() : Optional.ofNullable(mapper.apply(entity)));
        }
        return result;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a batch", e);
        }
    }

    /** Counter moves summed per item, so a group touches each counter once. */
    private final class CounterSums {
        private final Map<Map<String, AttributeValue>, long[]> counts = new LinkedHashMap<>();
        private final Map<Map<String, AttributeValue>, BigDecimal> revenue = new HashMap<>();

        void add(WorkspaceId workspace, String metricKey, BigDecimal amount) {
            Map<String, AttributeValue> key = Counters.key(workspace, metricKey);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            if (amount != null) {
                revenue.merge(key, amount, BigDecimal::add);
            }
        }

        List<TransactWriteItem> updates(String expression) {
            List<TransactWriteItem> updates = new ArrayList<>();
            counts.forEach((key, n) -> {
                Map<String, AttributeValue> values = new HashMap<>();
                values.put(":n", AttributeValue.fromN(Long.toString(n[0])));
                if (expression.contains(":r")) {
                    values.put(":r", AttributeValue.fromN(revenue.getOrDefault(key, BigDecimal.ZERO).toPlainString()));
                }
                updates.add(TransactWriteItem.builder().update(Update.builder().tableName(tables.metricsTable)
                        .key(key).updateExpression(expression).expressionAttributeValues(values).build()).build());
            });
            return updates;
        }
    }
}
