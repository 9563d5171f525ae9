package com.scudo.customer.internal;

import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.WriteOutcome;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Component
class DynamoInteractionLog implements InteractionLog {
    private final OperationalTables tables;

    DynamoInteractionLog(OperationalTables tables) {
        this.tables = tables;
    }

    @Override
    public WriteOutcome record(Interaction interaction) {
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
        String key = Keys.customerKey(workspace, customer);
        return tables.interactions.index(Keys.BY_DATE_INDEX)
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(key)))
                        .scanIndexForward(false).limit(Math.min(limit, 1000)))
                .stream().flatMap(page -> page.items().stream()).limit(limit)
                .map(EntityMapper::toInteraction).filter(Objects::nonNull).toList();
    }
}
