package com.scudo.imports.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.ImportCounts;
import com.scudo.imports.RowError;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes one chunk of parsed records to both stores. It first reads what is stored (batched) to tell
 * new, changed and unchanged records apart, then writes the analytical copy (one SQL transaction),
 * then the operational records (batches of 25, in parallel, orders counted in the same transaction
 * as their counters). Running a chunk twice writes nothing the second time, which is what makes a
 * resumed import exact: the caller commits the checkpoint only after this returns.
 */
final class ChunkWriter {
    private static final int GROUP = 25;

    private final WorkspaceId workspace;
    private final BulkWrites bulk;
    private final AnalyticalFacts facts;
    private final TransactionTemplate transactions;
    private final ExecutorService pool;
    private final Clock clock;

    record Result(ImportCounts counts, List<RowError> errors, long lastLine) {
    }

    ChunkWriter(WorkspaceId workspace, BulkWrites bulk, AnalyticalFacts facts, TransactionTemplate transactions,
                ExecutorService pool, Clock clock) {
        this.workspace = workspace;
        this.bulk = bulk;
        this.facts = facts;
        this.transactions = transactions;
        this.pool = pool;
        this.clock = clock;
    }

    Result write(List<Parsed> chunk) {
        List<RowError> errors = new ArrayList<>();
        long rows = 0;
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        Map<CustomerId, Parsed> fullCustomers = new LinkedHashMap<>();
        Map<CustomerId, CustomerProfile> broughtCustomers = new LinkedHashMap<>();
        Map<String, Order> orders = new LinkedHashMap<>();
        Map<String, Parsed> interactions = new LinkedHashMap<>();
        for (Parsed p : chunk) {
            rows += p.rows();
            errors.addAll(p.errors());
            if (p.customer() != null) {
                broughtCustomers.merge(p.customer().id(), p.customer(),
                        (a, b) -> a.createdAt().isAfter(b.createdAt()) ? b : a);
            }
            // The same record twice in one chunk: the later one wins, the earlier counts as superseded.
            if (p.record() instanceof CustomerProfile c) {
                Parsed before = fullCustomers.put(c.id(), p);
                if (before != null) {
                    if (((CustomerProfile) before.record()).sameContentAs(c)) { unchanged++; } else { updated++; }
                }
            } else if (p.record() instanceof Order o) {
                Order before = orders.put(o.id().value(), o);
                if (before != null) {
                    if (before.sameContentAs(o)) { unchanged++; } else { updated++; }
                }
            } else if (p.record() instanceof Interaction i) {
                Parsed before = interactions.put(i.id(), p);
                if (before != null) {
                    if (before.record().equals(i)) { unchanged++; } else { updated++; }
                }
            }
        }

        // Customers: what is stored decides between create, update and leave alone.
        List<CustomerId> ids = new ArrayList<>(fullCustomers.keySet());
        broughtCustomers.keySet().stream().filter(id -> !fullCustomers.containsKey(id)).forEach(ids::add);
        interactions.values().forEach(p -> {
            CustomerId id = ((Interaction) p.record()).customerId();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        });
        List<Optional<CustomerProfile>> stored = bulk.findCustomers(workspace, ids);
        Map<CustomerId, CustomerProfile> storedById = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            stored.get(i).ifPresent(c -> storedById.put(c.id(), c));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<CustomerProfile> customerWrites = new ArrayList<>();
        for (Parsed p : fullCustomers.values()) {
            CustomerProfile profile = (CustomerProfile) p.record();
            CustomerProfile existing = storedById.get(profile.id());
            boolean createdAtUnknown = p.customerCreateOnly();
            if (existing == null) {
                customerWrites.add(createdAtUnknown ? withCreatedAt(profile, now) : profile);
                created++;
            } else {
                CustomerProfile candidate = createdAtUnknown ? withCreatedAt(profile, existing.createdAt()) : profile;
                if (candidate.sameContentAs(existing)) {
                    unchanged++;
                } else {
                    customerWrites.add(candidate.withUpdatedAt(now));
                    updated++;
                }
            }
        }
        long customersCreated = 0;
        for (CustomerProfile brought : broughtCustomers.values()) {
            if (!storedById.containsKey(brought.id()) && !fullCustomers.containsKey(brought.id())) {
                customerWrites.add(brought);
                storedById.put(brought.id(), brought);
                customersCreated++;
            }
        }
        fullCustomers.keySet().forEach(id -> storedById.putIfAbsent(id, null));

        // Orders and interactions: new, changed or already there.
        List<Order> orderList = new ArrayList<>(orders.values());
        List<Optional<Order>> storedOrders = findInParallel(orderList, bulk::findOrders);
        List<Order> newOrders = new ArrayList<>();
        List<Order> changedOrders = new ArrayList<>();
        for (int i = 0; i < orderList.size(); i++) {
            Order order = orderList.get(i);
            Optional<Order> existing = storedOrders.get(i);
            if (existing.isEmpty()) {
                newOrders.add(order);
            } else if (existing.get().sameContentAs(order)) {
                unchanged++;
            } else {
                changedOrders.add(order);
            }
        }
        List<Interaction> interactionList = new ArrayList<>();
        for (Parsed p : interactions.values()) {
            Interaction interaction = (Interaction) p.record();
            if (storedById.containsKey(interaction.customerId()) || fullCustomers.containsKey(interaction.customerId())) {
                interactionList.add(interaction);
            } else {
                errors.add(new RowError(p.firstLine(), "customer '" + interaction.customerId().value()
                        + "' does not exist in this workspace; import the customers first", null));
            }
        }
        List<Optional<Interaction>> storedInteractions = findInParallel(interactionList, bulk::findInteractions);
        List<Interaction> newInteractions = new ArrayList<>();
        List<Interaction> changedInteractions = new ArrayList<>();
        for (int i = 0; i < interactionList.size(); i++) {
            Optional<Interaction> existing = storedInteractions.get(i);
            if (existing.isEmpty()) {
                newInteractions.add(interactionList.get(i));
            } else if (existing.get().equals(interactionList.get(i))) {
                unchanged++;
            } else {
                changedInteractions.add(interactionList.get(i));
            }
        }
        created += newOrders.size() + newInteractions.size();
        updated += changedOrders.size() + changedInteractions.size();

        // The analytical copy first: if the process dies after it, the re-run finds the records new
        // in DynamoDB and writes both again (upserts), so the stores never disagree after a re-run.
        List<Order> orderWrites = new ArrayList<>(newOrders);
        orderWrites.addAll(changedOrders);
        transactions.executeWithoutResult(status -> {
            facts.upsertCustomers(customerWrites);
            facts.upsertOrders(orderWrites);
            newInteractions.forEach(facts::upsertInteraction);
            changedInteractions.forEach(facts::upsertInteraction);
        });
        bulk.putCustomers(customerWrites);
        inParallel(newOrders, bulk::addOrders);
        inParallel(changedOrders, bulk::replaceOrders);
        inParallel(newInteractions, bulk::addInteractions);
        bulk.replaceInteractions(changedInteractions);

        long lastLine = chunk.isEmpty() ? 0 : chunk.get(chunk.size() - 1).lastLine();
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Result(new ImportCounts(rows, created, updated, unchanged, errors.size(), customersCreated), errors, lastLine);
    }

    private static CustomerProfile withCreatedAt(CustomerProfile p, Instant createdAt) {
        return new CustomerProfile(p.workspace(), p.id(), p.name(), p.email(), p.phone(), p.company(), p.address(),
                p.preferences(), p.tags(), createdAt, p.updatedAt());
    }

    private <T, R> List<Optional<R>> findInParallel(List<T> items, java.util.function.Function<List<T>, List<Optional<R>>> find) {
        List<Future<List<Optional<R>>>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 100) {
            List<T> part = items.subList(from, Math.min(items.size(), from + 100));
            parts.add(pool.submit(() -> find.apply(part)));
        }
        List<Optional<R>> result = new ArrayList<>(items.size());
        parts.forEach(f -> result.addAll(await(f)));
        return result;
    }

    private <T> void inParallel(List<T> items, Consumer<List<T>> write) {
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += GROUP) {
            List<T> part = items.subList(from, Math.min(items.size(), from + GROUP));
            parts.add(pool.submit(() -> write.accept(part)));
        }
        parts.forEach(ChunkWriter::await);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
