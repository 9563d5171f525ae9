package com.scudo.ingest.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static com.scudo.ingest.internal.LedgerTables.Outbox.COPIED;
import static com.scudo.ingest.internal.LedgerTables.Outbox.CUSTOMER_ID;
import static com.scudo.ingest.internal.LedgerTables.Outbox.DAY_OF;
import static com.scudo.ingest.internal.LedgerTables.Outbox.KIND;
import static com.scudo.ingest.internal.LedgerTables.Outbox.PAYLOAD;
import static com.scudo.ingest.internal.LedgerTables.Outbox.RECORDED_AT;
import static com.scudo.ingest.internal.LedgerTables.Outbox.RECORD_ID;
import static com.scudo.ingest.internal.LedgerTables.Outbox.REFRESHED;
import static com.scudo.ingest.internal.LedgerTables.Outbox.SEQ;
import static com.scudo.ingest.internal.LedgerTables.Outbox.TABLE;
import static com.scudo.ingest.internal.LedgerTables.Outbox.WORKSPACE_ID;

/**
 * The outbox rows of the recording path: appended in the recording transaction, read by the two workers,
 * deleted once both the operational copy and the re-score are done. Workers are woken after each commit
 * and also look on their own every second (another instance's writes, a worker that failed).
 */
@Component
class Outbox {
    private final DSLContext sql;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private long generation;
    /** Every row committed before this generation is in the operational store (-1: not known since the start). */
    private long copiedThrough = -1;

    Outbox(DSLContext sql) {
        this.sql = sql;
    }

    record Entry(String workspace, String customer, String kind, String recordId, String payload, LocalDate day) {
        static Entry customer(CustomerProfile p) {
            return new Entry(p.workspace().value(), p.id().value(), "customer", p.id().value(), RecordJson.write(p), null);
        }

        static Entry order(Order o, String payload, LocalDate day) {
            return new Entry(o.workspace().value(), o.customerId().value(), "order", o.id().value(), payload, day);
        }

        static Entry interaction(Interaction i) {
            return new Entry(i.workspace().value(), i.customerId().value(), "interaction", i.id(), RecordJson.write(i),
                    i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    record Row(long seq, String workspace, String customer, String kind, String recordId, String payload, LocalDate day,
               OffsetDateTime recordedAt) {
    }

    void append(List<Entry> entries, OffsetDateTime now) {
        if (entries.isEmpty()) {
            return;
        }
        var insert = sql.insertInto(TABLE, WORKSPACE_ID, CUSTOMER_ID, KIND, RECORD_ID, PAYLOAD, DAY_OF, COPIED, REFRESHED,
                RECORDED_AT);
        for (Entry e : entries) {
            insert = insert.values(e.workspace(), e.customer(), e.kind(), e.recordId(), e.payload(), e.day(), false, false, now);
        }
        insert.execute();
    }

    /** Wakes the workers: called after a recording transaction committed. */
    void committed() {
        lock.lock();
        try {
            generation++;
            written.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until something was committed after {@code seen}, or the timeout; returns the generation now. */
    long awaitWrites(long seen, long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                written.awaitNanos(left);
            }
            return generation;
        } finally {
            lock.unlock();
        }
    }

    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Told by the copier after a pass that read every uncopied row (fewer than a batch) and copied them all: rows
     * committed before {@code seen} (the generation read before the pass) are in the operational store.
     */
    void copiedThrough(long seen) {
        lock.lock();
        try {
            copiedThrough = Math.max(copiedThrough, seen);
        } finally {
            lock.unlock();
        }
    }

    /** Whether every row committed so far is in the operational store; false when it cannot tell. */
    boolean allCopied() {
        lock.lock();
        try {
            return copiedThrough == generation;
        } finally {
            lock.unlock();
        }
    }

    /** One customer's rows still waiting for their copy (or for the recount after it), oldest first. */
    List<Row> uncopied(String workspace, String customer) {
        return sql.select(SEQ, WORKSPACE_ID, CUSTOMER_ID, KIND, RECORD_ID, PAYLOAD, DAY_OF, RECORDED_AT).from(TABLE)
                .where(WORKSPACE_ID.eq(workspace)).and(CUSTOMER_ID.eq(customer)).and(COPIED.isFalse()).orderBy(SEQ)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    /** The newest row of each record (rows in the order they were recorded), in order of their first row. */
    static java.util.Collection<Row> newestPerRecord(List<Row> rows) {
        java.util.Map<String, Row> newest = new java.util.LinkedHashMap<>();
        rows.forEach(r -> newest.put(r.workspace() + "/" + r.kind() + "/" + r.recordId(), r));
        return newest.values();
    }

    List<Row> toCopy(int limit) {
        return sql.select(SEQ, WORKSPACE_ID, CUSTOMER_ID, KIND, RECORD_ID, PAYLOAD, DAY_OF, RECORDED_AT).from(TABLE)
                .where(COPIED.isFalse()).orderBy(SEQ).limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    List<Row> toRefresh(int limit) {
        return sql.select(SEQ, WORKSPACE_ID, CUSTOMER_ID, KIND, RECORD_ID, DAY_OF, RECORDED_AT).from(TABLE)
                .where(REFRESHED.isFalse()).orderBy(SEQ).limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), null, r.value6(), r.value7()));
    }

    void markCopied(Collection<Long> seqs) {
        mark(seqs, COPIED);
    }

    void markRefreshed(Collection<Long> seqs) {
        mark(seqs, REFRESHED);
    }

    /** Sets the flag, and deletes the rows whose other job is done too. */
    private void mark(Collection<Long> seqs, org.jooq.Field<Boolean> done) {
        for (List<Long> part : parts(List.copyOf(seqs))) {
            sql.update(TABLE).set(done, true).where(SEQ.in(part)).execute();
            sql.deleteFrom(TABLE).where(SEQ.in(part)).and(COPIED.isTrue()).and(REFRESHED.isTrue()).execute();
        }
    }

    /** Deletes rows both workers finished (two marks that crossed can leave one behind). */
    void purgeDone() {
        sql.deleteFrom(TABLE).where(COPIED.isTrue()).and(REFRESHED.isTrue()).execute();
    }

    /** Rows still waiting for their operational copy and for their re-score. */
    long[] backlog() {
        var r = sql.select(org.jooq.impl.DSL.count().filterWhere(COPIED.isFalse()),
                org.jooq.impl.DSL.count().filterWhere(REFRESHED.isFalse())).from(TABLE).fetchOne();
        return new long[]{r.value1(), r.value2()};
    }

    private static List<List<Long>> parts(List<Long> all) {
        List<List<Long>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            parts.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return parts;
    }
}
