package com.scudo.analytics.internal;

import com.scudo.platform.ThreadPools;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Works on a run's chunks on a thread of its own, so that one chunk is folded or written while the run's thread reads
 * and computes the next (the database's time and the run's, or both cores, used at once). Each chunk's result is handed
 * back on the run's thread, in the order the chunks were given. At most {@code inFlight} chunks wait, which bounds the
 * memory; the first failure is thrown to the run by the next {@link #submit} or {@link #finish}.
 */
final class ChunkThread implements AutoCloseable {
    private final ExecutorService thread;
    private final Deque<Pending<?>> pending = new ArrayDeque<>();
    private final int inFlight;

    private record Pending<R>(Future<R> work, Consumer<R> then) {
        void complete() {
            then.accept(await(work));
        }
    }

    /** The pools (scudo.threads.*) each of one thread; two chunks in flight on each bound a run's memory. */
    static final String WRITER = "analytics-stage-writer";
    static final String FOLD = "analytics-fold";
    private static final int IN_FLIGHT = 2;

    private ChunkThread(ExecutorService thread, int inFlight) {
        this.thread = thread;
        this.inFlight = inFlight;
    }

    /** Writes a run's chunks into its stages. */
    static ChunkThread writer(ThreadPools pools) {
        return new ChunkThread(pools.forOperation(WRITER, 1), IN_FLIGHT);
    }

    /** Folds a run's chunks of histories beside the thread decoding them. */
    static ChunkThread fold(ThreadPools pools) {
        return new ChunkThread(pools.forOperation(FOLD, 1), IN_FLIGHT);
    }

    void submit(Runnable work) {
        submit(() -> {
            work.run();
            return null;
        }, done -> {
        });
    }

    /** {@code then} receives the chunk's result on the calling thread, in order, at a later submit or at finish. */
    <R> void submit(Callable<R> work, Consumer<R> then) {
        while (pending.size() >= inFlight) {
            pending.removeFirst().complete();
        }
        pending.addLast(new Pending<>(thread.submit(work), then));
    }

    /** Waits until every submitted chunk is done and handed back. */
    void finish() {
        while (!pending.isEmpty()) {
            pending.removeFirst().complete();
        }
    }

    private static <R> R await(Future<R> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the run's chunks were worked on", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pending.forEach(p -> p.work().cancel(true));
        thread.shutdownNow();
    }
}
