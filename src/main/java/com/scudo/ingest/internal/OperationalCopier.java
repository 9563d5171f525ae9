package com.scudo.ingest.internal;

import com.scudo.analytics.ImportedFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.ingest.OperationalCopies;
import com.scudo.ingest.OrderRecorded;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies the outbox into the operational store, in batches, in the order the records were recorded:
 * the records themselves (puts, so a copy done twice is the same as once), then each touched customer's
 * real-time counters and each touched day's, set to their totals in the analytical store. Only then are
 * the rows marked copied. A crash in between copies them again at the next start.
 */
@Component
class OperationalCopier extends OutboxWorker implements OperationalCopies {
    private static final Logger log = LoggerFactory.getLogger(OperationalCopier.class);
    private static final int BATCH = 2_000;
    /** A busy day's totals are recounted at most this often; its rows wait to be marked until then. */
    private static final long DAY_RECOUNT_MILLIS = 500;

    private final BulkWrites operational;
    private final ImportedFacts facts;
    private final ApplicationEventPublisher events;
    private final IngestMeters meters;
    private final Map<String, Set<LocalDate>> daysToRecount = new HashMap<>();
    private final Set<Long> waitingForRecount = new java.util.LinkedHashSet<>();
    /** The newest order of each workspace copied since the last recount: announced once its day's counters are set. */
    private final Map<String, Order> toAnnounce = new HashMap<>();
    private long lastRecount;
    /** Odd while a batch is read and copied. */
    private final java.util.concurrent.atomic.AtomicLong epoch = new java.util.concurrent.atomic.AtomicLong();
    /** The customers of the last batches that held rows, by the epoch they started at (newest last, bounded). */
    private final java.util.Deque<CopiedBatch> recentBatches = new java.util.ArrayDeque<>();
    private static final int RECENT_BATCHES = 256;

    private record CopiedBatch(long started, Set<String> customers) {
    }

    OperationalCopier(Outbox outbox, BulkWrites operational, ImportedFacts facts, ApplicationEventPublisher events,
                      IngestMeters meters, @Value("${scudo.ingest.copy-gather:100ms}") Duration gather) {
        super(outbox, "scudo-operational-copy", gather);
        this.operational = operational;
        this.facts = facts;
        this.events = events;
        this.meters = meters;
    }

    @Override
    public long mark() {
        return epoch.get();
    }

    @Override
    public boolean copiedSince(long mark, WorkspaceId workspace, CustomerId customer) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (epoch.get() % 2 == 1 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        if (epoch.get() % 2 == 1) {
            return true;
        }
        // A batch under way at the mark started at the mark itself; one started later, above it.
        String key = workspace.value() + "/" + customer.value();
        synchronized (recentBatches) {
            if (recentBatches.size() == RECENT_BATCHES && recentBatches.peekFirst().started() >= mark) {
                return true; // batches since the mark were forgotten: cannot tell, so assume so
            }
            return recentBatches.stream().anyMatch(b -> b.started() >= mark && b.customers().contains(key));
        }
    }

    @Override
    int batchSize() {
        return BATCH;
    }

    @Override
    int work() {
        long started = epoch.incrementAndGet();
        try {
            return copyBatch(started);
        } finally {
            epoch.incrementAndGet();
        }
    }

    private int copyBatch(long started) {
        long generation = outbox.generation(); // before the read: what was committed by then, the read sees
        List<Outbox.Row> rows = outbox.toCopy(BATCH);
        boolean readAll = rows.size() < BATCH;
        if (!rows.isEmpty()) {
            Set<String> customers = new java.util.HashSet<>();
            rows.forEach(r -> customers.add(r.workspace() + "/" + r.customer()));
            synchronized (recentBatches) {
                if (recentBatches.size() == RECENT_BATCHES) {
                    recentBatches.removeFirst();
                }
                recentBatches.addLast(new CopiedBatch(started, customers));
            }
        }
        rows.removeIf(r -> waitingForRecount.contains(r.seq()));
        if (!rows.isEmpty()) {
            copy(rows);
        }
        if (readAll) {
            outbox.copiedThrough(generation); // views need not look in the outbox until the next commit
        }
        boolean idle = rows.isEmpty();
        if (!waitingForRecount.isEmpty() && (idle || System.currentTimeMillis() - lastRecount >= DAY_RECOUNT_MILLIS)) {
            daysToRecount.forEach((workspace, days) ->
                    operational.setDayCounters(WorkspaceId.of(workspace), facts.dayTotals(WorkspaceId.of(workspace), days)));
            outbox.markCopied(waitingForRecount);
            waitingForRecount.clear();
            daysToRecount.clear();
            lastRecount = System.currentTimeMillis();
            // Live dashboards re-read today's counters when told: only now do they hold these orders.
            toAnnounce.values().forEach(o -> events.publishEvent(new OrderRecorded(o.workspace(), o.customerId(), o.id(),
                    o.orderedAt(), o.amount())));
            toAnnounce.clear();
        }
        if (idle) {
            outbox.purgeDone();
        }
        return rows.size();
    }

    private void copy(List<Outbox.Row> rows) {
        // The newest row of each record wins; customers go first so an order never precedes its customer.
        java.util.Collection<Outbox.Row> newest = Outbox.newestPerRecord(rows);
        List<CustomerProfile> customers = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        Map<String, Set<CustomerId>> counted = new HashMap<>();
        for (Outbox.Row row : newest) {
            switch (row.kind()) {
                case "customer" -> customers.add(RecordJson.customer(row.payload()));
                case "order" -> {
                    Order order = RecordJson.order(row.payload());
                    orders.add(order);
                    toAnnounce.put(row.workspace(), order);
                }
                case "interaction" -> interactions.add(RecordJson.interaction(row.payload()));
                default -> log.warn("Outbox row {} has an unknown kind {}; skipped", row.seq(), row.kind());
            }
            if (!"customer".equals(row.kind())) {
                counted.computeIfAbsent(row.workspace(), w -> new TreeSet<>(java.util.Comparator.comparing(CustomerId::value)))
                        .add(CustomerId.of(row.customer()));
                if (row.day() != null) {
                    daysToRecount.computeIfAbsent(row.workspace(), w -> new TreeSet<>()).add(row.day());
                }
            }
        }
        operational.putCustomers(customers);
        operational.putOrders(orders);
        operational.putInteractions(interactions);
        counted.forEach((workspace, ids) -> {
            WorkspaceId id = WorkspaceId.of(workspace);
            operational.setCustomerCounters(id, facts.customerTotals(id, ids));
        });
        rows.forEach(r -> waitingForRecount.add(r.seq()));
        meters.copied(rows);
    }
}
