package com.scudo.audit.internal;

import jakarta.annotation.PreDestroy;
import org.jooq.DSLContext;
import org.jooq.Row7;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes the events of reads (a 360 view) off the request path: a view only queues its event, and one thread
 * inserts what has queued up in one statement, within a moment. A read has no action to commit or roll back
 * with, so its event need not be in the caller's transaction; what the read path saves is a transaction and an
 * insert per view. Nothing is dropped: a full queue makes the caller write its event itself, the audit listing
 * writes everything queued before it reads, and shutdown writes the rest. A batch that cannot be stored goes to
 * the error log event by event, like any other lost event.
 */
@Component
class ReadEventWriter {
    private static final Logger log = LoggerFactory.getLogger(ReadEventWriter.class);
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final long PAUSE_MILLIS = 100;

    record Event(String workspace, OffsetDateTime occurredAt, String actor, String action, String subjectType,
                 String subjectId, String detail) {
    }

    private final DSLContext sql;
    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY);
    /** Held while a batch is taken and written, so that {@link #flush} returns only once earlier events are stored. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Thread thread;
    private volatile boolean running = true;

    ReadEventWriter(DSLContext sql) {
        this.sql = sql;
        this.thread = new Thread(this::loop, "audit-reads");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the event; when the queue is full, stores it now in the caller's thread. */
    void add(Event event) {
        if (!queue.offer(event)) {
            write(List.of(event));
        }
    }

    /** Stores every event queued so far (before the audit log is read, and at shutdown). */
    void flush() {
        writing.lock();
        try {
            List<Event> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    /*
     * Events leave the queue only while the lock is held: an event taken out before the lock would be in neither
     * the queue nor the table while a flush runs, and the flush would return without it.
     */
    private void loop() {
        while (running) {
            try {
                if (queue.isEmpty()) {
                    Thread.sleep(PAUSE_MILLIS);
                    continue;
                }
                writing.lock();
                try {
                    List<Event> batch = new ArrayList<>(BATCH);
                    queue.drainTo(batch, BATCH);
                    write(batch);
                } finally {
                    writing.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The audit writer failed; it goes on with the next events", e);
            }
        }
    }

    private void write(List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Row7<String, OffsetDateTime, String, String, String, String, String>> rows = batch.stream()
                .map(e -> DSL.row(e.workspace(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                        e.detail()))
                .toList();
        try {
            sql.insertInto(JooqAuditTrail.EVENTS).columns(JooqAuditTrail.WORKSPACE, JooqAuditTrail.OCCURRED_AT,
                            JooqAuditTrail.ACTOR, JooqAuditTrail.ACTION, JooqAuditTrail.SUBJECT_TYPE,
                            JooqAuditTrail.SUBJECT_ID, JooqAuditTrail.DETAIL)
                    .valuesOfRows(rows).execute();
        } catch (RuntimeException e) {
            batch.forEach(event -> JooqAuditTrail.lost(event, e));
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        flush();
    }
}
