package com.scudo.customer.internal;

import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Batched reads (100 keys), batched writes (25 items) and counted adds (25 records per transaction). */
@Component
class DynamoBulkWrites implements BulkWrites {
    private static final int READ_BATCH = 100;
    private static final int WRITE_BATCH = 25;

    private final OperationalTables tables;
    private final DynamoOrderHistory orderHistory;
    private final DynamoInteractionLog interactionLog;
    private final CounterTotals counterTotals;
    private final ItemBatches batches;
    private final WriteAnnouncer announcer;

    private final int usefulWriters;

    DynamoBulkWrites(OperationalTables tables, DynamoOrderHistory orderHistory, DynamoInteractionLog interactionLog,
                     ItemBatches batches, DynamoDbSettings settings, WriteAnnouncer announcer) {
        this.announcer = announcer;
        this.usefulWriters = settings.mode() == DynamoDbSettings.Mode.EMBEDDED ? 1 : 4;
        this.tables = tables;
        this.orderHistory = orderHistory;
        this.interactionLog = interactionLog;
        this.batches = batches;
        this.counterTotals = new CounterTotals(tables, batches);
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
        try {
            batches.putAll(tables.customers.tableName(), profiles.stream()
                    .map(p -> OperationalTables.CUSTOMER_SCHEMA.itemToMap(EntityMapper.toEntity(p), true)).toList());
        } finally {
            announcer.records(profiles, CustomerProfile::workspace, CustomerProfile::id);
        }
    }

    @Override
    public void addOrders(List<Order> orders) {
        try {
            addCountedOrders(orders);
        } finally {
            announcer.records(orders, Order::workspace, Order::customerId);
        }
    }

    private void addCountedOrders(List<Order> orders) {
        for (int from = 0; from < orders.size(); from += WRITE_BATCH) {
            List<Order> group = orders.subList(from, Math.min(orders.size(), from + WRITE_BATCH));
            List<TransactWriteItem> puts = group.stream().map(o -> putIfAbsent(tables.orders.tableName(),
                    OperationalTables.ORDER_SCHEMA.itemToMap(EntityMapper.toEntity(o), true), "order_id")).toList();
            boolean stored = addCounted(puts, sums -> group.forEach(o -> {
                sums.add(o.workspace(), Counters.dayKey(o.orderedAt().atZone(ZoneOffset.UTC).toLocalDate()), o.amount(), null);
                sums.add(o.workspace(), Counters.customerKey(o.customerId()), o.amount(), o.orderedAt());
            }), "ADD orders :n, revenue :r");
            if (!stored) {
                group.forEach(orderHistory::record); // one raced in meanwhile: settle them one by one
            }
        }
    }

    /**
     * One transaction: the records (put if absent) and the counters they move, so a record is stored
     * if and only if it is counted, in one request (on disk, requests cost more than items). Last-seen
     * is moved forward in the same update, from a fresh read, on the condition that nobody moved it
     * further meanwhile; if somebody did, the read and the transaction are repeated.
     */
    private boolean addCounted(List<TransactWriteItem> puts, Consumer<CounterSums> counting, String expression) {
        for (int attempt = 0; attempt < 10; attempt++) {
            CounterSums sums = new CounterSums();
            counting.accept(sums);
            List<TransactWriteItem> writes = new ArrayList<>(puts);
            writes.addAll(sums.updates(expression));
            try {
                tables.client.transactWriteItems(b -> b.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (!e.hasCancellationReasons()) {
                    throw e;
                }
                var reasons = e.cancellationReasons();
                for (int i = 0; i < puts.size() && i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        return false;
                    }
                }
                if (reasons.stream().noneMatch(r -> "ConditionalCheckFailed".equals(r.code())
                        || "TransactionConflict".equals(r.code()))) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("Real-time counters kept changing under a bulk write; giving up after 10 attempts");
    }

    @Override
    public void replaceOrders(List<Order> orders) {
        try {
            batches.putAll(tables.orders.tableName(), orders.stream()
                    .map(o -> OperationalTables.ORDER_SCHEMA.itemToMap(EntityMapper.toEntity(o), true)).toList());
        } finally {
            announcer.records(orders, Order::workspace, Order::customerId);
        }
    }

    @Override
    public void addInteractions(List<Interaction> interactions) {
        try {
            addCountedInteractions(interactions);
        } finally {
            announcer.records(interactions, Interaction::workspace, Interaction::customerId);
        }
    }

    private void addCountedInteractions(List<Interaction> interactions) {
        for (int from = 0; from < interactions.size(); from += WRITE_BATCH) {
            List<Interaction> group = interactions.subList(from, Math.min(interactions.size(), from + WRITE_BATCH));
            List<TransactWriteItem> puts = group.stream().map(i -> putIfAbsent(tables.interactions.tableName(),
                    OperationalTables.INTERACTION_SCHEMA.itemToMap(EntityMapper.toEntity(i), true), "interaction_id")).toList();
            boolean stored = addCounted(puts, sums -> group.forEach(i -> {
                sums.add(i.workspace(), Counters.dayKey(i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()), null, null);
                sums.add(i.workspace(), Counters.customerKey(i.customerId()), null, i.occurredAt());
            }), "ADD interactions :n");
            if (!stored) {
                group.forEach(interactionLog::record);
            }
        }
    }

    @Override
    public void replaceInteractions(List<Interaction> interactions) {
        putInteractions(interactions);
    }

    @Override
    public void putOrders(List<Order> orders) {
        replaceOrders(orders);
    }

    @Override
    public void putInteractions(List<Interaction> interactions) {
        try {
            batches.putAll(tables.interactions.tableName(), interactions.stream()
                    .map(i -> OperationalTables.INTERACTION_SCHEMA.itemToMap(EntityMapper.toEntity(i), true)).toList());
        } finally {
            announcer.records(interactions, Interaction::workspace, Interaction::customerId);
        }
    }

    @Override
    public void setCustomerCounters(WorkspaceId workspace, Map<CustomerId, RealtimeCounters> totals) {
        try {
            counterTotals.setCustomers(workspace, totals);
        } finally {
            announcer.customers(workspace, totals.keySet());
        }
    }

    @Override
    public void setDayCounters(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals) {
        counterTotals.setDays(workspace, totals);
    }

    @Override
    public void addDayCounters(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals) {
        counterTotals.addDays(workspace, totals);
    }

    @Override
    public int usefulWriters() {
        return usefulWriters;
    }

    @Override
    public void forEachCustomerId(WorkspaceId workspace, Consumer<CustomerId> visitor) {
        tables.customers.query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(workspace.value())))
                        .attributesToProject("workspace_id", "customer_id"))
                .items().forEach(entity -> visitor.accept(CustomerId.of(entity.getCustomerId())));
    }

    private static TransactWriteItem putIfAbsent(String table, Map<String, AttributeValue> item, String sortKey) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(" + sortKey + ")").build()).build();
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
            for (Map<String, AttributeValue> item : batches.getAll(request).getOrDefault(table, List.of())) {
                T entity = schema.mapToItem(item);
                found.put(schema.itemToMap(entity, schema.tableMetadata().primaryKeys()), entity);
            }
        }
        List<Optional<R>> result = new ArrayList<>(keys.size());
        for (Map<String, AttributeValue> key : keys) {
            T entity = found.get(key);
            result.add(entity == null ? Optional.empty() : Optional.ofNullable(mapper.apply(entity)));
        }
        return result;
    }

    /** Counter moves summed per counter item, so a transaction touches each counter once. */
    private final class CounterSums {
        private final Map<Map<String, AttributeValue>, long[]> counts = new LinkedHashMap<>();
        private final Map<Map<String, AttributeValue>, BigDecimal> revenue = new HashMap<>();
        private final Map<Map<String, AttributeValue>, Instant> seen = new HashMap<>();

        void add(WorkspaceId workspace, String metricKey, BigDecimal amount, Instant at) {
            Map<String, AttributeValue> key = Counters.key(workspace, metricKey);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            if (amount != null) {
                revenue.merge(key, amount, BigDecimal::add);
            }
            if (at != null) {
                seen.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        List<TransactWriteItem> updates(String expression) {
            Map<Map<String, AttributeValue>, String> stored = storedLastSeen(new ArrayList<>(seen.keySet()));
            List<TransactWriteItem> updates = new ArrayList<>();
            counts.forEach((key, n) -> {
                Map<String, AttributeValue> values = new HashMap<>();
                values.put(":n", AttributeValue.fromN(Long.toString(n[0])));
                if (expression.contains(":r")) {
                    values.put(":r", AttributeValue.fromN(revenue.getOrDefault(key, BigDecimal.ZERO).toPlainString()));
                }
                Update.Builder update = Update.builder().tableName(tables.metricsTable).key(key);
                Instant at = seen.get(key);
                if (at == null) {
                    update.updateExpression(expression);
                } else {
                    String mine = Keys.sortableTime(at);
                    String theirs = stored.get(key);
                    values.put(":seen", AttributeValue.fromS(theirs != null && theirs.compareTo(mine) > 0 ? theirs : mine));
                    update.updateExpression(expression + " SET last_seen = :seen")
                            .conditionExpression("attribute_not_exists(last_seen) OR last_seen <= :seen");
                }
                updates.add(TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build());
            });
            return updates;
        }
    }

    private Map<Map<String, AttributeValue>, String> storedLastSeen(List<Map<String, AttributeValue>> keys) {
        Map<Map<String, AttributeValue>, String> result = new HashMap<>();
        for (int from = 0; from < keys.size(); from += READ_BATCH) {
            Map<String, KeysAndAttributes> request = Map.of(tables.metricsTable, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + READ_BATCH))).consistentRead(true)
                    .projectionExpression("workspace_id, metric_key, last_seen").build());
            for (Map<String, AttributeValue> item : batches.getAll(request).getOrDefault(tables.metricsTable, List.of())) {
                if (item.containsKey("last_seen")) {
                    result.put(Map.of("workspace_id", item.get("workspace_id"), "metric_key", item.get("metric_key")),
                            item.get("last_seen").s());
                }
            }
        }
        return result;
    }
}
