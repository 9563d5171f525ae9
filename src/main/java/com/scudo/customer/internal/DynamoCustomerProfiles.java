package com.scudo.customer.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.WriteOutcome;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

@Component
class DynamoCustomerProfiles implements CustomerProfiles {
    private final OperationalTables tables;
    private final WriteAnnouncer announcer;

    DynamoCustomerProfiles(OperationalTables tables, WriteAnnouncer announcer) {
        this.tables = tables;
        this.announcer = announcer;
    }

    @Override
    public Optional<CustomerProfile> find(WorkspaceId workspace, CustomerId id) {
        return Optional.ofNullable(load(workspace, id)).map(EntityMapper::toProfile);
    }

    @Override
    public Optional<CustomerProfile> findByEmail(WorkspaceId workspace, String email) {
        String key = Keys.emailKey(workspace, email);
        if (key == null) {
            return Optional.empty();
        }
        return tables.customers.index(Keys.EMAIL_INDEX)
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(key))).limit(1))
                .stream().flatMap(page -> page.items().stream()).findFirst().map(EntityMapper::toProfile);
    }

    @Override
    public WriteOutcome save(CustomerProfile profile) {
        CustomerEntity existing = load(profile.workspace(), profile.id());
        if (existing != null && EntityMapper.toProfile(existing).sameContentAs(profile)) {
            return new WriteOutcome(WriteOutcome.Status.UNCHANGED, existing.getSyncToken());
        }
        CustomerEntity entity = EntityMapper.toEntity(profile);
        String token = markPending(entity, profile.workspace());
        try {
            tables.customers.putItem(entity);
        } finally {
            announcer.customer(profile.workspace(), profile.id());
        }
        return new WriteOutcome(existing == null ? WriteOutcome.Status.CREATED : WriteOutcome.Status.UPDATED, token);
    }

    @Override
    public void saveAll(List<CustomerProfile> profiles) {
        try {
            write(profiles);
        } finally {
            announcer.records(profiles, CustomerProfile::workspace, CustomerProfile::id);
        }
    }

    private void write(List<CustomerProfile> profiles) {
        for (int from = 0; from < profiles.size(); from += 25) {
            WriteBatch.Builder<CustomerEntity> batch = WriteBatch.builder(CustomerEntity.class)
                    .mappedTableResource(tables.customers);
            for (CustomerProfile profile : profiles.subList(from, Math.min(profiles.size(), from + 25))) {
                CustomerEntity entity = EntityMapper.toEntity(profile);
                markPending(entity, profile.workspace());
                batch.addPutItem(entity);
            }
            BatchWrites.writeFully(tables, batch.build());
        }
    }

    @Override
    public void forEach(WorkspaceId workspace, Consumer<CustomerProfile> visitor) {
        tables.customers.query(QueryConditional.keyEqualTo(k -> k.partitionValue(workspace.value())))
                .items().forEach(entity -> visitor.accept(EntityMapper.toProfile(entity)));
    }

    @Override
    public boolean isEmpty(WorkspaceId workspace) {
        return tables.customers.query(r -> r.queryConditional(
                        QueryConditional.keyEqualTo(k -> k.partitionValue(workspace.value()))).limit(1))
                .items().stream().findAny().isEmpty();
    }

    @Override
    public void forEachKey(BiPredicate<WorkspaceId, CustomerId> visitor) {
        for (var page : tables.customers.scan(r -> r.attributesToProject("workspace_id", "customer_id"))) {
            for (CustomerEntity entity : page.items()) {
                if (!visitor.test(WorkspaceId.of(entity.getWorkspaceId()), CustomerId.of(entity.getCustomerId()))) {
                    return;
                }
            }
        }
    }

    private CustomerEntity load(WorkspaceId workspace, CustomerId id) {
        return tables.customers.getItem(r -> r.key(Key.builder()
                .partitionValue(workspace.value()).sortValue(id.value()).build()).consistentRead(true));
    }

    static String markPending(CustomerEntity entity, WorkspaceId workspace) {
        String token = UUID.randomUUID().toString();
        entity.setSyncPending(workspace.value());
        entity.setSyncToken(token);
        return token;
    }
}
