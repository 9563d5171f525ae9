package com.scudo.imports.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.imports.ImportRequest;
import com.scudo.ingest.IngestService;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * One pass over the file: re-reads from the top (cheap, and it keeps readers that number rows by
 * position exact), skips what the journal says is committed, and commits the rest chunk by chunk.
 */
public final class ChunkRun {
    private final ImportRequest request;
    private final String jobId;
    private final ImportJournal journal;
    private final IngestService ingest;
    private final ChunkWriter writer;
    private final int chunkSize;

    public ChunkRun(ImportRequest request, String jobId, ImportJournal journal, IngestService ingest, BulkWrites bulk,
                    AnalyticalFacts facts, TransactionTemplate transactions, ExecutorService writers, Clock clock,
                    int chunkSize) {
        this.request = request;
        this.jobId = jobId;
        this.journal = journal;
        this.ingest = ingest;
        this.writer = new ChunkWriter(request.workspace(), bulk, facts, transactions, writers, clock);
        this.chunkSize = chunkSize;
    }

    public void run(LongConsumer progress) throws IOException {
        long committedLine = journal.lastLine(jobId);
        long rowsDone = 0;
        List<Parsed> chunk = new ArrayList<>(chunkSize);
        try (RecordReader reader = Readers.open(request, ingest)) {
            Parsed parsed;
            while ((parsed = reader.next()) != null) {
                if (parsed.lastLine() <= committedLine) {
                    rowsDone += parsed.rows();
                    if (rowsDone % 10_000 < parsed.rows()) {
                        progress.accept(rowsDone);
                    }
                    continue;
                }
                chunk.add(parsed);
                if (chunk.size() >= chunkSize) {
                    rowsDone += commit(chunk);
                    progress.accept(rowsDone);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                rowsDone += commit(chunk);
            }
            progress.accept(rowsDone);
        }
    }

    private long commit(List<Parsed> chunk) {
        ChunkWriter.Result result = writer.write(chunk);
        journal.commit(jobId, result.lastLine(), result.counts(), result.errors());
        return result.counts().rows();
    }
}
