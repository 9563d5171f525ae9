package com.scudo.customer.internal;

import com.scudo.customer.OperationalPersonalData;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Reads and deletes one customer's items in the four operational tables, by key (no scans). */
@Component
class DynamoOperationalPersonalData implements OperationalPersonalData {
    private final OperationalTables tables;
    private final RealtimeMetrics realtime;
    private final WriteAnnouncer announcer;

    DynamoOperationalPersonalData(OperationalTables tables, RealtimeMetrics realtime, WriteAnnouncer announcer) {
        this.tables = tables;
        this.realtime = realtime;
        this.announcer = announcer;
    }

    @Override
    public Held read(WorkspaceId workspace, CustomerId customer) {
        CustomerEntity profile = profile(workspace, customer);
        List<OrderEntity> orders = partition(tables.orders, workspace, customer);
        List<InteractionEntity> interactions = partition(tables.interactions, workspace, customer);
        boolean hasCounters = !counterItem(workspace, customer).isEmpty();
        RealtimeCounters counters = hasCounters ? realtime.forCustomer(workspace, customer) : null;
        return new Held(Optional.ofNullable(profile).map(EntityMapper::toProfile),
                orders.stream().sorted(Comparator.comparing(OrderEntity::getOrderedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .map(EntityMapper::toOrder).toList(),
                interactions.stream().sorted(Comparator.comparing(InteractionEntity::getOccurredAt,
                                Comparator.nullsLast(Comparator.reverseOrder())))
                        .map(EntityMapper::toInteraction).filter(Objects::nonNull).toList(),
                Optional.ofNullable(counters));
    }

    @Override
    public Removed erase(WorkspaceId workspace, CustomerId customer) {
        try {
            return eraseAll(workspace, customer);
        } finally {
            announcer.customer(workspace, customer);
        }
    }

    private Removed eraseAll(WorkspaceId workspace, CustomerId customer) {
        List<OrderEntity> orders = partition(tables.orders, workspace, customer);
        List<InteractionEntity> interactions = partition(tables.interactions, workspace, customer);
        int pending = (int) (orders.stream().filter(o -> o.getSyncPending() != null).count()
                + interactions.stream().filter(i -> i.getSyncPending() != null).count());
        int deletedOrders = deleteAll(tables.orders, orders);
        int deletedInteractions = deleteAll(tables.interactions, interactions);
        Map<String, AttributeValue> counters = tables.client.deleteItem(b -> b.tableName(tables.metricsTable)
                .key(Counters.key(workspace, Counters.customerKey(customer))).returnValues(ReturnValue.ALL_OLD)).attributes();
        CustomerEntity profile = tables.customers.deleteItem(key(workspace.value(), customer.value()));
        if (profile != null && profile.getSyncPending() != null) {
            pending++;
        }
        return new Removed(profile == null ? 0 : 1, deletedOrders, deletedInteractions,
                counters == null || counters.isEmpty() ? 0 : 1, pending);
    }

    @Override
    public int removeRecords(WorkspaceId workspace, CustomerId customer, java.util.Collection<String> orderIds,
                             java.util.Collection<String> interactionIds) {
        String partition = Keys.customerKey(workspace, customer);
        int deleted = 0;
        try {
            for (String id : orderIds) {
                deleted += tables.orders.deleteItem(key(partition, id)) == null ? 0 : 1;
            }
            for (String id : interactionIds) {
                deleted += tables.interactions.deleteItem(key(partition, id)) == null ? 0 : 1;
            }
        } finally {
            announcer.customer(workspace, customer);
        }
        return deleted;
    }

    private CustomerEntity profile(WorkspaceId workspace, CustomerId customer) {
        return tables.customers.getItem(r -> r.key(key(workspace.value(), customer.value())).consistentRead(true));
    }

    private Map<String, AttributeValue> counterItem(WorkspaceId workspace, CustomerId customer) {
        Map<String, AttributeValue> item = tables.client.getItem(b -> b.tableName(tables.metricsTable)
                .key(Counters.key(workspace, Counters.customerKey(customer))).consistentRead(true)).item();
        return item == null ? Map.of() : item;
    }

    /** Every item of the customer's partition (orders and interactions are keyed workspace#customer). */
    private static <T> List<T> partition(DynamoDbTable<T> table, WorkspaceId workspace, CustomerId customer) {
        String partition = Keys.customerKey(workspace, customer);
        return table.query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(partition)))
                .consistentRead(true)).items().stream().toList();
    }

    private static <T> int deleteAll(DynamoDbTable<T> table, List<T> items) {
        Function<T, Key> keyOf = table::keyFrom;
        int deleted = 0;
        for (T item : items) {
            if (table.deleteItem(keyOf.apply(item)) != null) {
                deleted++;
            }
        }
        return deleted;
    }

    private static Key key(String partition, String sort) {
        return Key.builder().partitionValue(partition).sortValue(sort).build();
    }
}
