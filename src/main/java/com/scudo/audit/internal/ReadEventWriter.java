package com.scudo.audit.internal;

import com.scudo.platform.ThreadPools;
import jakarta.annotation.PreDestroy;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stores the events of reads (a 360 view) by group commit: each reader hands its event to one writer thread and
 * waits until it is stored, and the writer stores everything handed over meanwhile in one insert and one commit.
 * A busy server thus pays one statement for many views instead of a transaction each, and a view still returns
 * only once its event is in the table, so nothing is lost on a crash and the audit log is current when read.
 * A read has no action to commit or roll back with, so its event need not be in the reader's transaction.
 * Should the writer fall behind (the queue is full) the reader stores its event itself; should the database
 * hang, a reader stops waiting after {@link #MAX_WAIT_SECONDS} s and its event stays queued. A batch that
 * cannot be stored goes to the error log event by event, like any other lost event.
 */
@Component
class ReadEventWriter {
    private static final Logger log = LoggerFactory.getLogger(ReadEventWriter.class);
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    static final long MAX_WAIT_SECONDS = 5;

    record Event(String workspace, OffsetDateTime occurredAt, String actor, String action, String subjectType,
                 String subjectId, String detail) {
    }

    private record Handed(Event event, CompletableFuture<Void> stored) {
    }

    private final DSLContext sql;
    private final BlockingQueue<Handed> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean running = true;

    ReadEventWriter(DSLContext sql, ThreadPools pools) {
        this.sql = sql;
        this.thread = pools.thread("audit-reads", this::loop);
        this.thread.start();
    }

    /** Returns once the event is stored (or logged as lost). */
    void add(Event event) {
        Handed handed = new Handed(event, new CompletableFuture<>());
        if (!running || !queue.offer(handed)) {
            write(List.of(handed));
            return;
        }
        try {
            handed.stored().get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("An audit event is still waiting to be stored; the view goes on");
        }
    }

    private void loop() {
        while (running || !queue.isEmpty()) {
            try {
                Handed first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Handed> batch = new ArrayList<>(List.of(first));
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The audit writer failed; it goes on with the next events", e);
            }
        }
    }

    private void drain() {
        List<Handed> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Handed> batch) {
        try {
            JooqAuditTrail.insert(sql, batch.stream().map(Handed::event).toList());
        } catch (RuntimeException e) {
            batch.forEach(handed -> JooqAuditTrail.lost(handed.event(), e));
        } finally {
            batch.forEach(handed -> handed.stored().complete(null));
        }
    }

    /** Stores what is still queued, then stops; later events are stored by their readers. */
    @PreDestroy
    void close() throws InterruptedException {
        running = false; // the writer stores what is queued and stops within a second
        thread.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_SECONDS));
        drain();
    }
}
