package com.scudo.customer360.internal;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the operational reads of a view, run beside the analytical reads. Only as many as there are
 * cores, and no queue: when every thread is busy the caller runs the read itself. A quiet server thus answers
 * a view in the time of its slowest read, while a busy one does not spend its cores handing work between
 * threads (which cost more than the parallelism gained once every core is busy). Not an {@link Executor} bean
 * on purpose, so it never replaces the application's default task executor.
 */
@Component
class ViewPool {
    private final ThreadPoolExecutor threads;

    ViewPool() {
        AtomicInteger count = new AtomicInteger();
        int size = Math.max(2, Runtime.getRuntime().availableProcessors());
        threads = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "view-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        threads.allowCoreThreadTimeOut(true);
    }

    Executor executor() {
        return threads;
    }

    @PreDestroy
    void close() {
        threads.shutdown();
    }
}
