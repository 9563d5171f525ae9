package com.scudo.ingest.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;

/**
 * One background thread that works off the outbox: woken after every recording commit, and every second
 * on its own. After a batch of several rows that was not full it waits a moment (the gather time) for more, so that
 * under load each batch's fixed cost (its queries, the re-score's segment and recommendation passes) is shared by
 * many records instead of being paid for every few; a write that comes alone is worked at once. A failing batch
 * is retried after a pause that grows to 30 s, so a store that is down is not hammered; nothing is lost meanwhile,
 * the rows wait in the outbox. On stop it finishes what is already recorded (for a bounded time), so a clean
 * shutdown leaves nothing behind.
 */
abstract class OutboxWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final long STOP_DRAIN_MILLIS = 20_000;

    final Outbox outbox;
    private final String name;
    private final long gatherMillis;
    private volatile Thread thread;
    private volatile boolean running;

    OutboxWorker(Outbox outbox, String name, Duration gather) {
        this.outbox = outbox;
        this.name = name;
        this.gatherMillis = gather.toMillis();
    }

    /** Works one batch; returns how many rows it took (0 when there was nothing to do). */
    abstract int work();

    /** The most rows one batch takes: a full batch means more are waiting, so the next starts at once. */
    abstract int batchSize();

    /** One batch at a time, whether from the worker thread or a caller draining now. */
    private synchronized int workOnce() {
        return work();
    }

    /** Works off everything there is now, in the caller's thread; returns the rows done. */
    int drainNow() {
        int total = 0;
        for (int done = workOnce(); done > 0; done = workOnce()) {
            total += done;
        }
        workOnce(); // settles what waits for a recount
        return total;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long pause = 0;
        while (running) {
            try {
                long generation = outbox.generation();
                int done = workOnce();
                pause = 0;
                if (done == 0 && running) {
                    outbox.awaitWrites(generation, 1_000);
                } else if (done > 1 && done < batchSize() && gatherMillis > 0 && running) {
                    // Several rows came together: writes are arriving faster than one at a time, so let more gather.
                    Thread.sleep(gatherMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                pause = Math.min(30_000, Math.max(200, pause * 2));
                log.warn("{}: a batch failed and is retried in {} ms (the rows wait in the outbox): {}", name, pause,
                        e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }

    /** Works off what is left, in the caller's thread, for at most a bounded time. */
    void drain() {
        long deadline = System.currentTimeMillis() + STOP_DRAIN_MILLIS;
        try {
            while (System.currentTimeMillis() < deadline && workOnce() > 0) {
                // keep going
            }
            workOnce(); // a last pass settles what waits for a recount
        } catch (RuntimeException e) {
            log.warn("{}: stopped with rows left in the outbox; they are copied at the next start: {}", name, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the stores do (they stop in the default phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
