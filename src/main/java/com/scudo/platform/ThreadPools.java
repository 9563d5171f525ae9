package com.scudo.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread the product starts comes from here: named ({@code scudo-<pool>-<n>}, so a thread dump says whose it
 * is), bounded (a fixed number of threads and a bounded queue) and sized by {@code scudo.threads.<pool>} in
 * application.yml, the one place to tune them. A pool's queue overflow either refuses the task (the caller hears
 * it at once) or runs it in the caller, as the pool's settings say. Spring's own scheduler is configured beside
 * them (spring.task.scheduling).
 */
@Component
public class ThreadPools implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ThreadPools.class);
    private static final Pool FALLBACK = new Pool(1, null, 100, false);

    /**
     * {@code threads}: threads kept (0 = one per core, at least 2); {@code maxThreads}: the most it grows to while
     * the queue is full (default: {@code threads}); {@code queue}: tasks waiting (0 = none, handed over directly);
     * {@code callerRuns}: when all are busy and the queue is full, the caller runs the task instead of being
     * refused.
     */
    public record Pool(Integer threads, Integer maxThreads, Integer queue, Boolean callerRuns) {
        public Pool {
            threads = threads == null || threads < 0 ? 1 : threads;
            queue = queue == null || queue < 0 ? 0 : queue;
            callerRuns = callerRuns != null && callerRuns;
        }

        int coreThreads() {
            return threads == 0 ? Math.max(2, Runtime.getRuntime().availableProcessors()) : threads;
        }

        int mostThreads() {
            return Math.max(coreThreads(), maxThreads == null ? 0 : maxThreads);
        }
    }

    private final Map<String, Pool> settings;
    private final Map<String, ThreadPoolExecutor> shared = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @Autowired
    public ThreadPools(Environment environment) {
        this(Binder.get(environment).bind("scudo.threads", Bindable.mapOf(String.class, Pool.class)).orElse(Map.of()));
    }

    public ThreadPools(Map<String, Pool> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The application's one pool of this name, created on first use and shut down with the application. */
    public ExecutorService shared(String name) {
        return shared.computeIfAbsent(name, n -> create(n, settings(n).coreThreads()));
    }

    /**
     * A pool for one operation (an import, a bulk load) that its caller shuts down when done. {@code threads}, when
     * positive, is the operation's own choice of parallelism (a command-line option); otherwise the pool's setting.
     */
    public ExecutorService forOperation(String name, int threads) {
        return create(name, threads > 0 ? threads : settings(name).coreThreads());
    }

    /** An unstarted daemon thread for a loop that lives as long as its owner (a queue's writer). */
    public Thread thread(String name, Runnable loop) {
        return factory(name).newThread(loop);
    }

    private Pool settings(String name) {
        Pool pool = settings.get(name);
        if (pool == null) {
            log.warn("No scudo.threads.{} configured; using {}", name, FALLBACK);
            return FALLBACK;
        }
        return pool;
    }

    private ThreadPoolExecutor create(String name, int threads) {
        Pool pool = settings(name);
        BlockingQueue<Runnable> queue = pool.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(pool.queue());
        RejectedExecutionHandler overflow = pool.callerRuns() ? new ThreadPoolExecutor.CallerRunsPolicy()
                : new ThreadPoolExecutor.AbortPolicy();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, Math.max(threads, pool.mostThreads()), 60,
                TimeUnit.SECONDS, queue, factory(name), overflow);
        executor.allowCoreThreadTimeOut(true); // an idle pool holds no threads
        return executor;
    }

    private ThreadFactory factory(String name) {
        AtomicInteger count = counters.computeIfAbsent(name, n -> new AtomicInteger());
        return task -> {
            Thread thread = new Thread(task, "scudo-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        shared.values().forEach(ThreadPoolExecutor::shutdownNow);
    }
}
