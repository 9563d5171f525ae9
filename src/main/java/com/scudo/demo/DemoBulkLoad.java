package com.scudo.demo;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;
import com.scudo.ingest.IngestService;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The demo shop at benchmark size (a million customers): histories are generated in parallel, chunk
 * by chunk, and written in batches — the analytical copy in large JDBC batches, the operational
 * records in DynamoDB batches of 25 on several threads, each customer's real-time counters as one
 * write of its final totals. Nothing goes through the outbox, so nothing is left pending.
 * <p>
 * A customer's profile is written last of its records, so a stored profile means its history is
 * complete: a re-run (or a run after a crash) leaves stored customers alone and writes the rest.
 * The per-day counters are set once at the end from the whole shop's history.
 */
@Service
public class DemoBulkLoad {
    private static final Logger log = LoggerFactory.getLogger(DemoBulkLoad.class);
    static final int CHUNK = 500;

    private final IngestService ingest;
    private final BulkWrites bulk;
    private final AnalyticalFacts facts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ThreadPools pools;
    private final Clock clock;

    DemoBulkLoad(IngestService ingest, BulkWrites bulk, AnalyticalFacts facts, PlatformTransactionManager transactions,
                 ApplicationEventPublisher events, ThreadPools pools, Clock clock) {
        this.ingest = ingest;
        this.bulk = bulk;
        this.facts = facts;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.pools = pools;
    }

    /**
     * Loads the personas and {@code generatedCustomers} generated customers; {@code allowOtherData}
     * lets the load go into a workspace that holds customers of its own. {@code progress} hears the
     * number of customers done, from several threads one at a time.
     */
    public DemoDataSummary load(WorkspaceId workspace, int generatedCustomers, long seed, boolean allowOtherData,
                                int threads, IntConsumer progress) {
        long start = System.nanoTime();
        int total = DemoData.totalCustomers(generatedCustomers);
        WorkspaceContents contents = contents(workspace, total);
        if (contents.others() > 0 && !allowOtherData) {
            throw new WorkspaceHasOtherData(workspace, contents.others());
        }
        DemoCatalog catalog = new DemoCatalog(LocalDate.now(clock.withZone(ZoneOffset.UTC)), clock.instant(), seed);
        ExecutorService pool = pools.forOperation("demo-bulk-load", Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        IntConsumer safeProgress = n -> {
            synchronized (progress) {
                progress.accept(n);
            }
        };
        ChunkTotals sum = new ChunkTotals();
        // A few chunks in flight, not all of them queued at once: a million customers are 2,000 chunks,
        // and each one's totals are added up as soon as it is written instead of held until the end.
        Semaphore inFlight = new Semaphore(Math.max(1, threads) * 2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> chunks = new ArrayList<>();
        try {
            for (int from = 0; from < total && failure.get() == null; from += CHUNK) {
                int first = from;
                int last = Math.min(total, from + CHUNK);
                acquire(inFlight);
                chunks.add(pool.submit(() -> {
                    try {
                        ChunkTotals t = writeChunk(workspace, catalog, first, last, contents.loaded() == 0);
                        synchronized (sum) {
                            sum.add(t);
                        }
                        safeProgress.accept(done.addAndGet(last - first));
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        throw e;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> chunk : chunks) {
                await(chunk);
            }
        } finally {
            pool.shutdownNow();
        }
        if (sum.written.get() > 0) {
            if (contents.others() == 0) {
                bulk.setDayCounters(workspace, sum.allDays);
            } else {
                bulk.addDayCounters(workspace, sum.writtenDays);
            }
        }
        DemoDataSummary summary = new DemoDataSummary(workspace.value(), total, (int) sum.orders.get(),
                (int) sum.interactions.get(), (System.nanoTime() - start) / 1_000_000);
        log.info("Demo data bulk-loaded into workspace {}: {} customers ({} new), {} orders, {} interactions in {} ms",
                workspace, total, sum.written.get(), summary.orders(), summary.interactions(), summary.millis());
        if (sum.written.get() > 0) {
            events.publishEvent(new DemoDataLoaded(workspace, false));
        }
        return summary;
    }

    private ChunkTotals writeChunk(WorkspaceId workspace, DemoCatalog catalog, int first, int last, boolean fresh) {
        List<DemoHistory> histories = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            histories.add(catalog.history(i));
        }
        List<Boolean> stored = fresh ? null : bulk.findCustomers(workspace, histories.stream()
                .map(h -> CustomerId.of(h.customer().id())).toList()).stream().map(o -> o.isPresent()).toList();
        ChunkTotals totals = new ChunkTotals();
        List<CustomerProfile> profiles = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        Map<CustomerId, RealtimeCounters> counters = new LinkedHashMap<>();
        for (int i = 0; i < histories.size(); i++) {
            DemoHistory history = histories.get(i);
            List<Order> customerOrders = history.orders().stream().map(o -> ingest.validOrder(workspace, o)).toList();
            List<Interaction> customerInteractions = history.interactions().stream()
                    .map(c -> ingest.validInteraction(workspace, c)).toList();
            boolean write = stored == null || !stored.get(i);
            totals.count(customerOrders, customerInteractions, write);
            if (write) {
                CustomerProfile profile = ingest.validCustomer(workspace, history.customer(), null);
                profiles.add(profile);
                orders.addAll(customerOrders);
                interactions.addAll(customerInteractions);
                counters.put(profile.id(), ChunkTotals.customerTotals(customerOrders, customerInteractions));
            }
        }
        if (profiles.isEmpty()) {
            return totals;
        }
        transactions.executeWithoutResult(status -> facts.upsertAll(profiles, orders, interactions));
        bulk.putOrders(orders);
        bulk.putInteractions(interactions);
        bulk.setCustomerCounters(workspace, counters);
        bulk.putCustomers(profiles); // last: a stored profile says the customer is complete
        return totals;
    }

    private WorkspaceContents contents(WorkspaceId workspace, int total) {
        AtomicLong loaded = new AtomicLong();
        AtomicLong others = new AtomicLong();
        bulk.forEachCustomerId(workspace, id -> {
            if (isShopCustomer(id.value(), total)) {
                loaded.incrementAndGet();
            } else {
                others.incrementAndGet();
            }
        });
        return new WorkspaceContents(loaded.get(), others.get());
    }

    static boolean isShopCustomer(String id, int total) {
        if (!id.matches("cust-\\d{3,9}")) {
            return false;
        }
        int number = Integer.parseInt(id.substring(5));
        return number >= 1 && number <= total && id.equals(DemoCatalog.customerId(number - 1));
    }

    private static void acquire(Semaphore semaphore) {
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private record WorkspaceContents(long loaded, long others) {
    }

    /** Refusal to load the demo shop into a workspace that holds other customers. */
    public static final class WorkspaceHasOtherData extends IllegalStateException {
        WorkspaceHasOtherData(WorkspaceId workspace, long others) {
            super("Workspace '" + workspace.value() + "' already holds " + others
                    + " customers that are not part of the demo shop; load into another workspace, or allow mixing");
        }
    }
}
