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
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

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

/** Batched reads (100 keys) and writes (25 items); counters moved once per item and batch. */
@Component
class DynamoBulkWrites implements BulkWrites {
    private static final int READ_BATCH = 100;
    private static final int WRITE_BATCH = 25;

    private final OperationalTables tables;

    DynamoBulkWrites(OperationalTables tables) {
        this.tables = tables;
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
    public void countOrders(List<Order> orders, String mark) {
        CounterSums sums = new CounterSums();
        for (Order order : orders) {
            sums.add(order.workspace(), Counters.dayKey(order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                    order.amount(), null);
            sums.add(order.workspace(), Counters.customerKey(order.customerId()), order.amount(), order.orderedAt());
        }
        sums.apply("ADD orders :n, revenue :r", mark);
    }

    @Override
    public void addOrders(List<Order> orders) {
        for (int from = 0; from < orders.size(); from += WRITE_BATCH) {
            WriteBatch.Builder<OrderEntity> batch = WriteBatch.builder(OrderEntity.class).mappedTableResource(tables.orders);
            orders.subList(from, Math.min(orders.size(), from + WRITE_BATCH))
                    .forEach(o -> batch.addPutItem(EntityMapper.toEntity(o)));
            BatchWrites.writeFully(tables, batch.build());
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
    public void countInteractions(List<Interaction> interactions, String mark) {
        CounterSums sums = new CounterSums();
        for (Interaction i : interactions) {
            sums.add(i.workspace(), Counters.dayKey(i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()), null, null);
            sums.add(i.workspace(), Counters.customerKey(i.customerId()), null, i.occurredAt());
        }
        sums.apply("ADD interactions :n", mark);
    }

    @Override
    public void addInteractions(List<Interaction> interactions) {
        for (int from = 0; from < interactions.size(); from += WRITE_BATCH) {
            WriteBatch.Builder<InteractionEntity> batch = WriteBatch.builder(InteractionEntity.class)
                    .mappedTableResource(tables.interactions);
            interactions.subList(from, Math.min(interactions.size(), from + WRITE_BATCH))
                    .forEach(i -> batch.addPutItem(EntityMapper.toEntity(i)));
            BatchWrites.writeFully(tables, batch.build());
        }
    }

    @Override
    public void replaceInteractions(List<Interaction> interactions) {
        for (Interaction interaction : interactions) {
            tables.interactions.putItem(EntityMapper.toEntity(interaction));
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

    /**
     * Counter moves summed per counter item, applied with one update each. The update also records
     * the batch's mark and is refused if the item carries it already: a retried batch moves nothing twice.
     */
    private final class CounterSums {
        private final Map<Map<String, AttributeValue>, long[]> counts = new LinkedHashMap<>();
        private final Map<Map<String, AttributeValue>, BigDecimal> revenue = new HashMap<>();
        private final Map<Map<String, AttributeValue>, Instant> seen = new HashMap<>();
        private final Map<Map<String, AttributeValue>, String[]> owners = new HashMap<>();

        void add(WorkspaceId workspace, String metricKey, BigDecimal amount, Instant at) {
            Map<String, AttributeValue> key = Counters.key(workspace, metricKey);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            if (amount != null) {
                revenue.merge(key, amount, BigDecimal::add);
            }
            if (at != null) {
                seen.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
                owners.put(key, new String[] {workspace.value(), metricKey.substring(metricKey.indexOf('#') + 1)});
            }
        }

        void apply(String expression, String mark) {
            counts.forEach((key, n) -> {
                Map<String, AttributeValue> values = new HashMap<>();
                values.put(":n", AttributeValue.fromN(Long.toString(n[0])));
                values.put(":mark", AttributeValue.fromS(mark));
                if (expression.contains(":r")) {
                    values.put(":r", AttributeValue.fromN(revenue.getOrDefault(key, BigDecimal.ZERO).toPlainString()));
                }
                Map<String, AttributeValue> after;
                try {
                    after = tables.client.updateItem(b -> b.tableName(tables.metricsTable).key(key)
                            .updateExpression(expression + " SET import_mark = :mark")
                            .conditionExpression("attribute_not_exists(import_mark) OR import_mark <> :mark")
                            .expressionAttributeValues(values).returnValues(ReturnValue.ALL_NEW)).attributes();
                } catch (ConditionalCheckFailedException countedAlready) {
                    return;
                }
                Instant at = seen.get(key);
                AttributeValue last = after == null ? null : after.get("last_seen");
                if (at != null && (last == null || Keys.parseTime(last.s()).isBefore(at))) {
                    String[] owner = owners.get(key);
                    Counters.touchLastSeen(tables, WorkspaceId.of(owner[0]), CustomerId.of(owner[1]), at);
                }
            });
        }
    }
}
