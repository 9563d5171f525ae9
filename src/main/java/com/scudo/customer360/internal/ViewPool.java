package com.scudo.customer360.internal;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the operational reads of a view, run beside the analytical reads. Bounded: under overload the
 * caller runs the read itself rather than queueing without end. Not an {@link Executor} bean on purpose, so
 * it never replaces the application's default task executor.
 */
@Component
class ViewPool {
    private final ThreadPoolExecutor threads;

    ViewPool() {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(32, 32, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), task -> {
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
