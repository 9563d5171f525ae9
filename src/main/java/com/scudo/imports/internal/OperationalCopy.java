package com.scudo.imports.internal;

import com.scudo.shared.CustomerAliases;
import com.scudo.analytics.ImportedFacts;
import com.scudo.analytics.ImportedFacts.StoredCustomer;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.ImportRequest;
import com.scudo.ingest.IngestService;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The operational copy (DynamoDB), written behind the analytical one: for each chunk the journal
 * says is in the analytical store, it reads the chunk's lines from the file again (a second reader,
 * so no chunk waits in memory however far ahead the analytical copy is) and puts its records with
 * BatchWriteItem. At the end of the run the real-time counters of every customer the file touches
 * are set to their totals in the analytical store. Puts and totals make a chunk written twice come
 * out the same as once, which is what lets a killed import simply write its unfinished chunks again.
 */
final class OperationalCopy implements AutoCloseable {
    private static final int GROUP = 25;
    private static final int COUNTERS_PER_READ = 2_000;

    private final WorkspaceId workspace;
    private final BulkWrites bulk;
    private final ImportedFacts facts;
    private final ExecutorService writers;
    private final int parallel;
    private final RecordReader reader;
    /** Customers this run put into the operational store or found there. */
    private final SeenIds present = new SeenIds();
    private Parsed ahead;

    OperationalCopy(ImportRequest request, IngestService ingest, BulkWrites bulk, ImportedFacts facts,
                    ExecutorService writers, CustomerAliases aliases) throws IOException {
        this.workspace = request.workspace();
        this.bulk = bulk;
        this.facts = facts;
        this.writers = writers;
        this.parallel = bulk.usefulWriters();
        this.reader = Readers.open(request, ingest, aliases);
    }

    /** Writes the chunk's records; chunks must come in file order. */
    void write(ChunkMark mark) throws IOException {
        ChunkContent chunk = ChunkContent.of(read(mark));
        // Times of full customer rows, and whether an interaction's customer exists: from the analytical store.
        List<CustomerId> lookups = new ArrayList<>(chunk.fullCustomers.keySet());
        chunk.interactions.values().forEach(p -> lookups.add(((Interaction) p.record()).customerId()));
        Map<CustomerId, StoredCustomer> stored = lookups.isEmpty() ? Map.of() : facts.customers(workspace, lookups);

        // Full customer rows: as the analytical store holds them (its times decide created and updated).
        List<CustomerProfile> customers = new ArrayList<>();
        for (Parsed p : chunk.fullCustomers.values()) {
            CustomerProfile profile = (CustomerProfile) p.record();
            StoredCustomer s = stored.get(profile.id());
            if (s != null) {
                customers.add(ChunkContent.withCreatedAt(profile, s.createdAt()).withUpdatedAt(s.updatedAt()));
            }
        }
        // Customers an order brings along are only added, never put over a stored profile; those an
        // earlier chunk of this run added or found are not read again.
        List<CustomerProfile> brought = chunk.broughtCustomers.values().stream()
                .filter(c -> !chunk.fullCustomers.containsKey(c.id()) && !present.contains(c.id())).toList();
        List<Optional<CustomerProfile>> found = bulk.findCustomers(workspace, brought.stream().map(CustomerProfile::id).toList());
        for (int i = 0; i < brought.size(); i++) {
            if (found.get(i).isEmpty()) {
                customers.add(brought.get(i));
            }
        }
        List<Order> orders = new ArrayList<>(chunk.orders.values());
        List<Interaction> interactions = new ArrayList<>();
        for (Parsed p : chunk.interactions.values()) {
            Interaction interaction = (Interaction) p.record();
            if (stored.containsKey(interaction.customerId())) {
                interactions.add(interaction);
            }
        }

        inParallel(customers, bulk::putCustomers);
        inParallel(orders, bulk::putOrders);
        inParallel(interactions, bulk::putInteractions);
        brought.forEach(c -> present.add(c.id()));
        customers.forEach(c -> present.add(c.id()));
    }

    /**
     * Sets the real-time counters of these customers to their totals in the analytical store, once at
     * the end of a run rather than after every chunk (a customer's orders are spread over the file).
     */
    void setCustomerCounters(Collection<CustomerId> customers) {
        List<CustomerId> ids = new ArrayList<>(customers);
        inParallel(ids, part -> {
            for (int from = 0; from < part.size(); from += COUNTERS_PER_READ) {
                List<CustomerId> slice = part.subList(from, Math.min(part.size(), from + COUNTERS_PER_READ));
                bulk.setCustomerCounters(workspace, facts.customerTotals(workspace, slice));
            }
        });
    }

    /** The parsed records within the chunk's lines, reading on from where the previous chunk ended. */
    private List<Parsed> read(ChunkMark mark) throws IOException {
        List<Parsed> records = new ArrayList<>();
        while (true) {
            Parsed p = ahead != null ? ahead : reader.next();
            ahead = null;
            if (p == null) {
                return records;
            }
            if (p.lastLine() < mark.firstLine()) {
                continue;
            }
            if (p.firstLine() > mark.lastLine()) {
                ahead = p;
                return records;
            }
            records.add(p);
        }
    }

    private <T> void inParallel(List<T> items, Consumer<List<T>> write) {
        if (parallel <= 1 || items.size() <= GROUP) {
            write.accept(items);
            return;
        }
        int part = Math.max(GROUP, (items.size() / parallel + GROUP - 1) / GROUP * GROUP);
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += part) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + part));
            parts.add(writers.submit(() -> write.accept(slice)));
        }
        for (Future<?> f : parts) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
