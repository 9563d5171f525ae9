package com.scudo.imports.internal;

import com.scudo.analytics.ImportedFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.imports.ImportRequest;
import com.scudo.ingest.IngestService;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;

/**
 * One run of an import, in two streams over the file. The first reads it, skips what the journal
 * says is in the analytical store, and writes the rest there chunk by chunk (each chunk one
 * transaction together with its journal entry). The second follows behind on its own thread and
 * writes the operational copy of every chunk the first has committed — first the chunks a killed run
 * left without one. At the end, the real-time counters of the customers and days the file touches are
 * set to their totals (the first stream reads the whole file, also after a resume, so it sees them
 * all). The analytical copy may run far ahead: only chunk marks wait in between, not records.
 */
public final class ChunkRun {
    private static final ChunkMark END = new ChunkMark(-1, 0, 0, 0, 0);

    private final ImportRequest request;
    private final String jobId;
    private final ImportJournal journal;
    private final IngestService ingest;
    private final BulkWrites bulk;
    private final ImportedFacts facts;
    private final ExecutorService writers;
    private final ThreadPools pools;
    private final AnalyticsChunk analytics;
    private final int chunkSize;
    private final CustomerAliases aliases;
    /** Filled while the file is read: the customers the file touches (their counters are set at the end). */
    private final Set<CustomerId> customers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ChunkRun(ImportRequest request, String jobId, ImportJournal journal, IngestService ingest, BulkWrites bulk,
                    ImportedFacts facts, TransactionTemplate transactions, ExecutorService writers, ThreadPools pools,
                    Clock clock, int chunkSize, CustomerAliases aliases) {
        this.aliases = aliases;
        this.request = request;
        this.jobId = jobId;
        this.journal = journal;
        this.ingest = ingest;
        this.bulk = bulk;
        this.facts = facts;
        this.writers = writers;
        this.pools = pools;
        this.analytics = new AnalyticsChunk(jobId, request.workspace(), facts, journal, transactions, clock, ingest);
        this.chunkSize = chunkSize;
    }

    /**
     * {@code progress} hears the rows in the analytical store, {@code operationalProgress} those with
     * their operational copy; {@code settingCounters} hears that every chunk is copied and the
     * real-time counters are being set, the operational copy's last step.
     */
    public void run(LongConsumer progress, LongConsumer operationalProgress, Runnable settingCounters) throws IOException {
        BlockingQueue<ChunkMark> committed = new LinkedBlockingQueue<>(); // marks only: a few bytes each
        journal.operationalPending(jobId).forEach(committed::add);
        ExecutorService follower = pools.forOperation("import-operational", 1);
        // Filled while the file is read, by this thread; the follower reads it once it has taken END.
        Future<?> copy = follower.submit(() -> {
            try (OperationalCopy operational = new OperationalCopy(request, ingest, bulk, facts, writers, aliases)) {
                for (ChunkMark mark = committed.take(); mark != END; mark = committed.take()) {
                    operational.write(mark);
                    journal.commitOperational(jobId, mark);
                    operationalProgress.accept(journal.operationalRows(jobId));
                }
                settingCounters.run();
                operational.setCustomerCounters(customers);
            }
            return null;
        });
        Set<LocalDate> days = new HashSet<>();
        try {
            writeAnalytics(progress, committed, days, customers, copy);
            put(committed, END, copy);
            await(copy);
        } finally {
            follower.shutdownNow();
        }
        if (!days.isEmpty()) {
            bulk.setDayCounters(request.workspace(), facts.dayTotals(request.workspace(), days));
        }
    }

    private void writeAnalytics(LongConsumer progress, BlockingQueue<ChunkMark> committed, Set<LocalDate> days,
                                Set<CustomerId> customers, Future<?> copy) throws IOException {
        long committedLine = journal.lastLine(jobId);
        int number = journal.nextChunkNumber(jobId);
        long rowsDone = 0;
        List<Parsed> chunk = new ArrayList<>(chunkSize);
        List<Parsed> done = new ArrayList<>();
        try (RecordReader reader = Readers.open(request, ingest, aliases)) {
            Parsed parsed;
            while ((parsed = reader.next()) != null) {
                if (parsed.lastLine() <= committedLine) {
                    done.add(parsed); // in the analytical store already; its days and customers still count
                    rowsDone += parsed.rows();
                    if (done.size() >= chunkSize) {
                        ChunkContent.of(done).addCounted(days, customers);
                        done.clear();
                        progress.accept(rowsDone);
                    }
                    continue;
                }
                chunk.add(parsed);
                if (chunk.size() >= chunkSize) {
                    rowsDone += commit(number++, chunk, committed, days, customers, copy);
                    progress.accept(rowsDone);
                    chunk.clear();
                }
            }
            ChunkContent.of(done).addCounted(days, customers);
            if (!chunk.isEmpty()) {
                rowsDone += commit(number, chunk, committed, days, customers, copy);
            }
            progress.accept(rowsDone);
        }
    }

    private long commit(int number, List<Parsed> chunk, BlockingQueue<ChunkMark> committed, Set<LocalDate> days,
                        Set<CustomerId> customers, Future<?> copy) {
        ChunkContent content = ChunkContent.of(chunk);
        content.addCounted(days, customers);
        ChunkMark mark = analytics.write(number, content);
        if (mark.writes() > 0) {
            put(committed, mark, copy);
        }
        return mark.rows();
    }

    /** Hands a mark to the follower, and stops early if the follower has failed. */
    private static void put(BlockingQueue<ChunkMark> queue, ChunkMark mark, Future<?> copy) {
        if (copy.isDone()) {
            await(copy);
        }
        queue.add(mark);
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("The operational copy failed: " + cause.getMessage(), cause);
        }
    }
}
