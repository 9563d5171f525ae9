package com.scudo.customer360.internal;

import com.scudo.customer.CustomerProfiles;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the 360 view's caches in the background when the server starts, customer by customer in the operational
 * store's key order, until every customer is held or the operational cache is nine tenths full: the operational part,
 * and the analytical part too when it is held until written (both stores inside this process).
 *
 * <p>A DAX cluster stays warm when the application restarts; this in-process cache starts empty, and until a
 * customer's first view that view would wait for the store (on the embedded default, for DynamoDB Local's one
 * database thread). Views are served meanwhile: a customer not yet held is read as before. One thread reads the
 * customers' keys and hands them to the pool {@code scudo.threads.customer360-cache-warming} (two threads, so that one
 * waits for the operational store while the other reads the analytical one; when its queue is full the reading
 * thread loads too, which keeps it from running ahead). Only in a server (not in a command-line run) and only when the operational cache keeps entries
 * until written (see {@link OperationalCacheSettings}). The gauge {@code customer360.cache.warming} is 1 while it runs.
 */
@Component
class ViewCacheWarmer {
    private static final Logger log = LoggerFactory.getLogger(ViewCacheWarmer.class);
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(15);
    static final String POOL = "customer360-cache-warming";

    private final OperationalPart part;
    private final AnalyticalPart analytical;
    private final CustomerProfiles profiles;
    private final ThreadPools pools;
    private final AtomicBoolean warming = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile Thread worker;

    ViewCacheWarmer(OperationalPart part, AnalyticalPart analytical, CustomerProfiles profiles, ThreadPools pools,
                    MeterRegistry meters) {
        this.part = part;
        this.analytical = analytical;
        this.profiles = profiles;
        this.pools = pools;
        Gauge.builder("customer360.cache.warming", warming, w -> w.get() ? 1 : 0)
                .description("1 while the 360 view's caches are being warmed after the start").register(meters);
    }

    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext && part.settings().enabled()
                && Boolean.TRUE.equals(part.settings().warmAtStart())) {
            warming.set(true); // before the thread starts, so that the gauge never reads 0 in between
            worker = pools.thread("customer360-cache-warmer", this::warm);
            worker.start();
        }
    }

    /** Warms every stored customer until done, full or stopped; returns how many it loaded. */
    long warm() {
        warming.set(true);
        long started = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        AtomicBoolean full = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService loaders = pools.forOperation(POOL, 0);
        log.info("Warming the Customer 360 caches in the background");
        long[] lastReport = {started};
        try {
            profiles.forEachKey((workspace, customer) -> {
                if (stopping || full.get() || failed.get()) {
                    return false;
                }
                loaders.execute(() -> load(workspace, customer, loaded, full, failed));
                long now = System.nanoTime();
                if (now - lastReport[0] >= PROGRESS_NANOS) {
                    lastReport[0] = now;
                    log.info("Customer 360 cache: {} customers held so far ({}/s)", part.heldCustomers(),
                            loaded.get() * 1_000_000_000L / (now - started));
                }
                return true;
            });
        } catch (RuntimeException e) {
            failed.set(true);
            log.warn("Customer 360 cache warming stopped: the customers' keys could not be read: {}", e.toString());
        } finally {
            loaders.shutdown();
            awaitTermination(loaders);
            warming.set(false);
        }
        if (!stopping && !failed.get()) {
            log.info("Customer 360 cache warmed: {} customers held after {} s{}", part.heldCustomers(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                    full.get() ? " (the cache is nine tenths full; the rest are read on their first view)" : "");
        }
        return loaded.get();
    }

    private void load(WorkspaceId workspace, CustomerId customer, AtomicLong loaded, AtomicBoolean full,
                      AtomicBoolean failed) {
        if (stopping || full.get() || failed.get()) {
            return; // keys handed over before the warming stopped
        }
        try {
            if (!part.warm(workspace, customer)) {
                full.set(true);
                return;
            }
            if (analytical.settings().heldUntilWritten()) {
                analytical.warm(workspace, customer);
            }
            loaded.incrementAndGet();
        } catch (RuntimeException e) {
            if (failed.compareAndSet(false, true)) {
                log.warn("Customer 360 cache warming stopped after {} customers: {}", loaded.get(), e.toString());
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitTermination(ExecutorService loaders) {
        try {
            loaders.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
