package com.scudo.customer360.internal;

import com.scudo.customer.CustomerProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the 360 view's caches in the background when the server starts, customer by customer in the operational
 * store's key order, until every customer is held or the operational cache is nine tenths full: the operational part,
 * and the analytical part too when it is held until written (both stores inside this process). A DAX cluster stays warm when
 * the application restarts; this in-process cache starts empty, and until a customer's first view that view would
 * wait for the store (on the embedded default, for DynamoDB Local's one database thread). Views are served
 * meanwhile: a customer not yet held is read as before. One thread, so that views keep most of the store's turns.
 * Only in a server (not in a command-line run) and only when the cache keeps entries until written (see
 * {@link OperationalCacheSettings}).
 */
@Component
class ViewCacheWarmer {
    private static final Logger log = LoggerFactory.getLogger(ViewCacheWarmer.class);
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(15);

    private final OperationalPart part;
    private final AnalyticalPart analytical;
    private final CustomerProfiles profiles;
    private volatile boolean stopping;
    private volatile Thread worker;

    ViewCacheWarmer(OperationalPart part, AnalyticalPart analytical, CustomerProfiles profiles) {
        this.part = part;
        this.analytical = analytical;
        this.profiles = profiles;
    }

    @EventListener
    void serverReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext && part.settings().enabled()
                && Boolean.TRUE.equals(part.settings().warmAtStart())) {
            // The analytical part is warmed beside it when it too is held until written (both stores in this process).
            Thread thread = new Thread(this::warm, "customer360-cache-warmer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            worker = thread;
            thread.start();
        }
    }

    /** Warms every stored customer until done, full or stopped; returns how many it visited. */
    long warm() {
        long started = System.nanoTime();
        AtomicLong visited = new AtomicLong();
        long[] lastReport = {started};
        boolean[] full = {false};
        log.info("Warming the Customer 360 caches in the background");
        try {
            profiles.forEachKey((workspace, customer) -> {
                if (stopping) {
                    return false;
                }
                if (!part.warm(workspace, customer)) {
                    full[0] = true;
                    return false;
                }
                if (analytical.settings().heldUntilWritten()) {
                    analytical.warm(workspace, customer);
                }
                long n = visited.incrementAndGet();
                long now = System.nanoTime();
                if (now - lastReport[0] >= PROGRESS_NANOS) {
                    lastReport[0] = now;
                    log.info("Customer 360 cache: {} customers held so far ({}/s)", part.heldCustomers(),
                            rate(n, now - started));
                }
                return true;
            });
        } catch (RuntimeException e) {
            log.warn("Customer 360 cache warming stopped after {} customers: {}", visited.get(), e.toString());
            return visited.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!stopping) {
            log.info("Customer 360 cache warmed: {} customers held after {} s{}", part.heldCustomers(), took.toSeconds(),
                    full[0] ? " (the cache is nine tenths full; the rest are read on their first view)" : "");
        }
        return visited.get();
    }

    void stop() {
        stopping = true;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void close() {
        stop();
    }

    private static long rate(long n, long nanos) {
        return nanos <= 0 ? 0 : n * 1_000_000_000L / nanos;
    }
}
