package com.scudo.customer360.internal;

import com.scudo.platform.ThreadPools;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Threads for the operational reads of a view, run beside the analytical reads: the pool {@code view} of
 * {@link ThreadPools}, configured as many threads as there are cores and no queue, so that when every thread is
 * busy the caller runs the read itself. A quiet server thus answers a view in the time of its slowest read, while
 * a busy one does not spend its cores handing work between threads (which cost more than the parallelism gained
 * once every core is busy). Not an {@link Executor} bean on purpose, so it never replaces the application's
 * default task executor.
 */
@Component
class ViewPool {
    private final ExecutorService threads;

    ViewPool(ThreadPools pools) {
        threads = pools.shared("view");
    }

    Executor executor() {
        return threads;
    }

    @PreDestroy
    void close() {
        threads.shutdown();
    }
}
