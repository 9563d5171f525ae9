package com.scudo.demo;

import com.scudo.ingest.IngestService;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Loads the demo shop through the same ingest path as real data, so both stores, the real-time
 * counters and the analytics see it exactly as they would see a merchant's own history.
 * Loading again is harmless: every write is idempotent on its id.
 */
@Service
public class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Above this many generated customers the bulk path is taken whether asked for or not. */
    public static final int BULK_ABOVE = 5_000;
    public static final int MAX_CUSTOMERS = 10_000_000;
    private final IngestService ingest;
    private final DemoBulkLoad bulk;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Workspaces workspaces;

    DemoData(IngestService ingest, DemoBulkLoad bulk, ApplicationEventPublisher events, Clock clock, Workspaces workspaces) {
        this.ingest = ingest;
        this.workspaces = workspaces;
        this.bulk = bulk;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Loads through the bulk path when {@code bulkPath} is set or the shop is larger than
     * {@link #BULK_ABOVE}, through the real ingest otherwise. The bulk path refuses a workspace
     * holding other customers unless {@code allowOtherData}.
     */
    public DemoDataSummary load(WorkspaceId workspace, int generatedCustomers, long seed, boolean bulkPath,
                                boolean allowOtherData, IntConsumer progress) {
        if (generatedCustomers < 0 || generatedCustomers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("generated customers must be between 0 and " + MAX_CUSTOMERS);
        }
        workspaces.register(workspace, "demo data");
        if (bulkPath || generatedCustomers > BULK_ABOVE) {
            return bulk.load(workspace, generatedCustomers, seed, allowOtherData, 4, progress);
        }
        return load(workspace, generatedCustomers, seed, progress);
    }

    public DemoDataSummary load(WorkspaceId workspace, int generatedCustomers, long seed) {
        return load(workspace, generatedCustomers, seed, done -> { });
    }

    /** As {@link #load(WorkspaceId, int, long)}, telling {@code progress} how many customers are done. */
    public DemoDataSummary load(WorkspaceId workspace, int generatedCustomers, long seed, IntConsumer progress) {
        if (generatedCustomers < 0 || generatedCustomers > 100_000) {
            throw new IllegalArgumentException("generated customers must be between 0 and 100000");
        }
        workspaces.register(workspace, "demo data");
        long start = System.nanoTime();
        LocalDate asOf = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<DemoHistory> histories = new DemoCatalog(asOf, clock.instant(), seed).histories(generatedCustomers);
        int orders = 0;
        int interactions = 0;
        for (int i = 0; i < histories.size(); i++) {
            DemoHistory history = histories.get(i);
            ingest.upsertCustomer(workspace, history.customer());
            ingest.recordOrders(workspace, history.orders());
            history.interactions().forEach(interaction -> ingest.recordInteraction(workspace, interaction));
            orders += history.orders().size();
            interactions += history.interactions().size();
            progress.accept(i + 1);
            if ((i + 1) % 25 == 0) {
                log.info("Demo data: {} of {} customers loaded", i + 1, histories.size());
            }
        }
        ingest.replayPending(); // the load is done when both stores hold it
        DemoDataSummary summary = new DemoDataSummary(workspace.value(), histories.size(), orders, interactions,
                (System.nanoTime() - start) / 1_000_000);
        log.info("Demo data loaded into workspace {}: {} customers, {} orders, {} interactions in {} ms",
                workspace, summary.customers(), summary.orders(), summary.interactions(), summary.millis());
        events.publishEvent(new DemoDataLoaded(workspace, true));
        return summary;
    }

    /** The number of customers a load writes: the ten personas plus the generated ones. */
    public static int totalCustomers(int generatedCustomers) {
        return Personas.ALL.size() + generatedCustomers;
    }
}
