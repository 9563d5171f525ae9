package com.scudo.imports.internal;

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
 * BatchWriteItem, then sets the real-time counters of the chunk's customers to their totals in the
 * analytical store. Puts and totals make a chunk written twice come out the same as once, which is
 * what lets a killed import simply write its unfinished chunks again.
 */
final class OperationalCopy implements AutoCloseable {
    private static final int GROUP = 25;

    private final WorkspaceId workspace;
    private final BulkWrites bulk;
    private final ImportedFacts facts;
    private final ExecutorService writers;
    private final int parallel;
    private final RecordReader reader;
    private Parsed ahead;

    OperationalCopy(ImportRequest request, IngestService ingest, BulkWrites bulk, ImportedFacts facts,
                    ExecutorService writers) throws IOException {
        this.workspace = request.workspace();
        this.bulk = bulk;
        this.facts = facts;
        this.writers = writers;
        this.parallel = bulk.usefulWriters();
        this.reader = Readers.open(request, ingest);
    }

    /** Writes the chunk's records; chunks must come in file order. */
    void write(ChunkMark mark) throws IOException {
        ChunkContent chunk = ChunkContent.of(read(mark));
        Map<CustomerId, StoredCustomer> stored = facts.customers(workspace, chunk.customerIds());

        // Full customer rows: as the analytical store holds them (its times decide created and updated).
        List<CustomerProfile> customers = new ArrayList<>();
        for (Parsed p : chunk.fullCustomers.values()) {
            CustomerProfile profile = (CustomerProfile) p.record();
            StoredCustomer s = stored.get(profile.id());
            if (s != null) {
                customers.add(ChunkContent.withCreatedAt(profile, s.createdAt()).withUpdatedAt(s.updatedAt()));
            }
        }
        // Customers an order brings along are only added, never put over a stored profile.
        List<CustomerProfile> brought = chunk.broughtCustomers.values().stream()
                .filter(c -> !chunk.fullCustomers.containsKey(c.id())).toList();
        List<Optional<CustomerProfile>> present = bulk.findCustomers(workspace, brought.stream().map(CustomerProfile::id).toList());
        for (int i = 0; i < brought.size(); i++) {
            if (present.get(i).isEmpty()) {
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
        bulk.setCustomerCounters(workspace, facts.customerTotals(workspace, chunk.countedCustomers()));
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
