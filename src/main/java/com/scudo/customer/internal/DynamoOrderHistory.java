package com.scudo.customer.internal;

import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.WriteOutcome;
import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class DynamoOrderHistory implements OrderHistory {
    /** What an order read maps; the key, workspace and customer are known from the request. */
    private static final List<String> READ_ATTRIBUTES =
            List.of("order_id", "ordered_at", "amount", "currency", "discount", "channel", "items", "flags",
                    "refunded", "cancelled");
    private final OperationalTables tables;
    private final NewestFirstQuery newest;

    private final WriteAnnouncer announcer;

    DynamoOrderHistory(OperationalTables tables, WriteAnnouncer announcer) {
        this.tables = tables;
        this.announcer = announcer;
        this.newest = new NewestFirstQuery(tables.orders.tableName(), READ_ATTRIBUTES);
    }

    @Override
    public WriteOutcome record(Order order) {
        try {
            return store(order);
        } finally {
            announcer.customer(order.workspace(), order.customerId());
        }
    }

    private WriteOutcome store(Order order) {
        OrderEntity entity = EntityMapper.toEntity(order);
        String token = UUID.randomUUID().toString();
        entity.setSyncPending(order.workspace().value());
        entity.setSyncToken(token);

        // Put-if-absent and the counters in one transaction: a retried order neither duplicates
        // nor counts twice, and a counted order is always stored.
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(tables.orders.tableName())
                .item(OperationalTables.ORDER_SCHEMA.itemToMap(entity, true))
                .conditionExpression("attribute_not_exists(order_id)").build()).build());
        writes.addAll(List.of(Counters.orderAdded(tables, order.workspace(), order.customerId(),
                order.orderedAt(), order.amount())));
        try {
            tables.client.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (!e.hasCancellationReasons() || !"ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw e;
            }
            return replaceIfChanged(order, entity);
        }
        Counters.touchLastSeen(tables, order.workspace(), order.customerId(), order.orderedAt());
        return new WriteOutcome(WriteOutcome.Status.CREATED, token);
    }

    private WriteOutcome replaceIfChanged(Order order, OrderEntity entity) {
        OrderEntity existing = load(order.workspace(), order.customerId(), order.id());
        if (existing != null && EntityMapper.toOrder(existing).sameContentAs(order)) {
            return new WriteOutcome(WriteOutcome.Status.UNCHANGED, existing.getSyncToken());
        }
        // A corrected order (amount, flags such as returned) replaces the stored one; the running
        // counters stay as first counted.
        tables.orders.putItem(entity);
        return new WriteOutcome(WriteOutcome.Status.UPDATED, entity.getSyncToken());
    }

    @Override
    public Optional<Order> find(WorkspaceId workspace, CustomerId customer, OrderId order) {
        return Optional.ofNullable(load(workspace, customer, order)).map(EntityMapper::toOrder);
    }

    @Override
    public List<Order> newestFirst(WorkspaceId workspace, CustomerId customer, int limit) {
        return newest.newest(tables.client, Keys.customerKey(workspace, customer), limit).stream().map(item -> {
            OrderEntity entity = OperationalTables.ORDER_SCHEMA.mapToItem(item);
            entity.setWorkspaceId(workspace.value());
            entity.setCustomerId(customer.value());
            return EntityMapper.toOrder(entity);
        }).toList();
    }

    private OrderEntity load(WorkspaceId workspace, CustomerId customer, OrderId order) {
        return tables.orders.getItem(r -> r.key(Key.builder().partitionValue(Keys.customerKey(workspace, customer))
                .sortValue(order.value()).build()).consistentRead(true));
    }
}
