package com.scudo.customer360.internal;

import com.scudo.customer.CustomerProfiles;
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

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * customers' keys, two load their parts, so that one waits for the operational store while the other reads the
 * analytical one. Only in a server (not in a command-line run) and only when the operational cache keeps entries
 * until written (see {@link OperationalCacheSettings}). The gauge {@code customer360.cache.warming} is 1 while it runs.
 */
@Component
class ViewCacheWarmer {
    private static final Logger log = LoggerFactory.getLogger(ViewCacheWarmer.class);
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static final int LOADERS = 2;
    private static final Key DONE = new Key(null, null);

    private record Key(WorkspaceId workspace, CustomerId customer) {
    }

    private final OperationalPart part;
    private final AnalyticalPart analytical;
    private final CustomerProfiles profiles;
    private final AtomicBoolean warming = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile Thread worker;

    ViewCacheWarmer(OperationalPart part, AnalyticalPart analytical, CustomerProfiles profiles, MeterRegistry meters) {
        this.part = part;
        this.analytical = analytical;
        this.profiles = profiles;
        Gauge.builder("customer360.cache.warming", warming, w -> w.get() ? 1 : 0)
                .description("1 while the 360 view's caches are being warmed after the start").register(meters);
    }

    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext && part.settings().enabled()
                && Boolean.TRUE.equals(part.settings().warmAtStart())) {
            warming.set(true);
            Thread thread = new Thread(this::warm, "customer360-cache-warmer");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    /** Warms every stored customer until done, full or stopped; returns how many it loaded. */
    long warm() {
        warming.set(true);
        long started = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        AtomicBoolean full = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        BlockingQueue<Key> keys = new ArrayBlockingQueue<>(1_000);
        Thread[] loaders = new Thread[LOADERS];
        for (int i = 0; i < LOADERS; i++) {
            loaders[i] = new Thread(() -> load(keys, loaded, full, failed), "customer360-cache-loader-" + i);
            loaders[i].setDaemon(true);
            loaders[i].start();
        }
        log.info("Warming the Customer 360 caches in the background");
        long[] lastReport = {started};
        try {
            profiles.forEachKey((workspace, customer) -> {
                if (stopping || full.get() || failed.get()) {
                    return false;
                }
                put(keys, new Key(workspace, customer));
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
            for (int i = 0; i < LOADERS; i++) {
                put(keys, DONE);
            }
            for (Thread loader : loaders) {
                join(loader);
            }
            warming.set(false);
        }
        if (!stopping && !failed.get()) {
            log.info("Customer 360 cache warmed: {} customers held after {} s{}", part.heldCustomers(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                    full.get() ? " (the cache is nine tenths full; the rest are read on their first view)" : "");
        }
        return loaded.get();
    }

    private void load(BlockingQueue<Key> keys, AtomicLong loaded, AtomicBoolean full, AtomicBoolean failed) {
        while (true) {
            Key key = take(keys);
            if (key == DONE || key == null) {
                return;
            }
            if (stopping || full.get() || failed.get()) {
                continue; // drain to the end marker
            }
            try {
                if (!part.warm(key.workspace(), key.customer())) {
                    full.set(true);
                    continue;
                }
                if (analytical.settings().heldUntilWritten()) {
                    analytical.warm(key.workspace(), key.customer());
                }
                loaded.incrementAndGet();
            } catch (RuntimeException e) {
                if (failed.compareAndSet(false, true)) {
                    log.warn("Customer 360 cache warming stopped after {} customers: {}", loaded.get(), e.toString());
                }
            }
        }
    }

    boolean warming() {
        return warming.get();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        Thread thread = worker;
        if (thread != null) {
            join(thread);
        }
    }

    private static void put(BlockingQueue<Key> keys, Key key) {
        try {
            keys.put(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while warming the Customer 360 caches", e);
        }
    }

    private static Key take(BlockingQueue<Key> keys) {
        try {
            return keys.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
