package com.scudo.analytics.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a run's chunks on a thread of its own, so the database ingests one chunk while the run reads and computes
 * the next (reading and writing then use both the database's and the run's time). At most {@code inFlight} chunks
 * wait, which bounds the memory; the first failure is thrown to the run by the next {@link #submit} or {@link #finish}.
 */
final class StageWriter implements AutoCloseable {
    private final ExecutorService thread;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final int inFlight;

    StageWriter(String name, int inFlight) {
        this.inFlight = inFlight;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    void submit(Runnable write) {
        while (pending.size() >= inFlight) {
            await(pending.removeFirst());
        }
        pending.addLast(thread.submit(write));
    }

    /** Waits until every submitted chunk is written. */
    void finish() {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the run's results were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        thread.shutdownNow();
    }
}
