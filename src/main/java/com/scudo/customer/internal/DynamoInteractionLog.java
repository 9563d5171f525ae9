package com.scudo.customer.internal;

import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.WriteOutcome;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Component
class DynamoInteractionLog implements InteractionLog {
    /** What an interaction read maps; the key, workspace and customer are known from the request. */
    private static final List<String> READ_ATTRIBUTES =
            List.of("interaction_id", "occurred_at", "type", "channel", "detail");
    private final OperationalTables tables;
    private final NewestFirstQuery newest;

    private final WriteAnnouncer announcer;

    DynamoInteractionLog(OperationalTables tables, WriteAnnouncer announcer) {
        this.tables = tables;
        this.announcer = announcer;
        this.newest = new NewestFirstQuery(tables.interactions.tableName(), READ_ATTRIBUTES);
    }

    @Override
    public WriteOutcome record(Interaction interaction) {
        try {
            return store(interaction);
        } finally {
            announcer.customer(interaction.workspace(), interaction.customerId());
        }
    }

    private WriteOutcome store(Interaction interaction) {
        InteractionEntity entity = EntityMapper.toEntity(interaction);
        String token = UUID.randomUUID().toString();
        entity.setSyncPending(interaction.workspace().value());
        entity.setSyncToken(token);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(tables.interactions.tableName())
                .item(OperationalTables.INTERACTION_SCHEMA.itemToMap(entity, true))
                .conditionExpression("attribute_not_exists(interaction_id)").build()).build());
        writes.addAll(List.of(Counters.interactionAdded(tables, interaction.workspace(), interaction.customerId(),
                interaction.occurredAt())));
        try {
            tables.client.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (!e.hasCancellationReasons() || !"ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw e;
            }
            InteractionEntity existing = tables.interactions.getItem(r -> r.key(Key.builder()
                    .partitionValue(entity.getCustomerKey()).sortValue(entity.getInteractionId()).build())
                    .consistentRead(true));
            if (existing != null && EntityMapper.toInteraction(existing).equals(interaction)) {
                return new WriteOutcome(WriteOutcome.Status.UNCHANGED, existing.getSyncToken());
            }
            tables.interactions.putItem(entity);
            return new WriteOutcome(WriteOutcome.Status.UPDATED, token);
        }
        Counters.touchLastSeen(tables, interaction.workspace(), interaction.customerId(), interaction.occurredAt());
        return new WriteOutcome(WriteOutcome.Status.CREATED, token);
    }

    @Override
    public List<Interaction> newestFirst(WorkspaceId workspace, CustomerId customer, int limit) {
        return newest.newest(tables.client, Keys.customerKey(workspace, customer), limit).stream().map(item -> {
            InteractionEntity entity = OperationalTables.INTERACTION_SCHEMA.mapToItem(item);
            entity.setWorkspaceId(workspace.value());
            entity.setCustomerId(customer.value());
            return EntityMapper.toInteraction(entity);
        }).filter(Objects::nonNull).toList();
    }
}
