package com.scudo.imports;

import com.scudo.analytics.ImportedFacts;
import com.scudo.customer.BulkWrites;
import com.scudo.imports.internal.ChunkRun;
import com.scudo.imports.internal.ImportJournal;
import com.scudo.imports.internal.ImportSettings;
import com.scudo.imports.internal.Readers;
import com.scudo.ingest.IngestService;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * Imports customers, orders and interactions from files into both stores: the analytical store first,
 * chunk by chunk, with the operational copy following behind (see {@link ChunkRun}). Each import is
 * journalled (the {@code import_jobs} and {@code import_chunks} tables): running the same file into the
 * same workspace again after a crash resumes exactly where each copy stopped. Importing a file that was
 * imported before changes nothing and says so in its counts.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportJournal journal;
    private final IngestService ingest;
    private final BulkWrites bulk;
    private final ImportedFacts facts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ImportSettings settings;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, CatchUp> catchUps = new ConcurrentHashMap<>();
    private final ThreadPools pools;
    private final ExecutorService background;

    private final CustomerAliases aliases;
    private final com.scudo.ingest.HeldOrdersNote heldNote;

    ImportService(ImportJournal journal, IngestService ingest, BulkWrites bulk, ImportedFacts facts,
                  TransactionTemplate transactions, ApplicationEventPublisher events, ImportSettings settings, ThreadPools pools,
                  Clock clock, CustomerAliases aliases, com.scudo.ingest.HeldOrdersNote heldNote) {
        this.aliases = aliases;
        this.heldNote = heldNote;
        this.journal = journal;
        this.ingest = ingest;
        this.bulk = bulk;
        this.facts = facts;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.pools = pools;
        this.background = pools.shared("import");
    }

    /** Imports the file now; {@code progress} hears the number of rows done (of {@link ImportJob#totalRows()}). */
    public ImportJob importFile(ImportRequest request, LongConsumer progress) {
        return importFile(request, progress, rows -> { });
    }

    /** As above; {@code operationalProgress} hears the rows whose operational copy is written too. */
    public ImportJob importFile(ImportRequest request, LongConsumer progress, LongConsumer operationalProgress) {
        ImportJob job = begin(request);
        return execute(job.id(), request, progress, operationalProgress);
    }

    /** Starts the import in the background and returns at once; follow it with {@link #find}. */
    public ImportJob submit(ImportRequest request) {
        ImportJob job = begin(request);
        background.submit(() -> {
            try {
                execute(job.id(), request, done -> { }, done -> { });
            } catch (RuntimeException e) {
                log.warn("Import {} failed: {}", job.id(), e.toString());
            }
        });
        return job;
    }

    public Optional<ImportJob> find(WorkspaceId workspace, String jobId) {
        return journal.find(workspace.value(), jobId, 100).map(this::withProgress);
    }

    /** Where the run stands, in a sentence: both copies, and while the operational one follows, its rate. */
    private ImportJob withProgress(ImportJob job) {
        CatchUp catchUp = catchUps.get(job.id());
        return job.withProgress(ImportProgress.describe(job, catchUp == null ? null : catchUp.rate(job.operationalRows()),
                catchUp != null && catchUp.settingCounters));
    }

    /** The operational copy's rate over this run (rows it wrote since the run began, per second), and its last step. */
    private static final class CatchUp {
        private final long startNanos;
        private final long startRows;
        private volatile boolean settingCounters;

        CatchUp(long startNanos, long startRows) {
            this.startNanos = startNanos;
            this.startRows = startRows;
        }

        double rate(long rows) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return seconds < 1 ? 0 : (rows - startRows) / seconds;
        }
    }

    /** Writes every rejected row of the import as CSV: line, reason, content. */
    public void writeErrors(WorkspaceId workspace, String jobId, Writer out) throws IOException {
        if (journal.find(workspace.value(), jobId, 0).isEmpty()) {
            throw new NotFoundException("import '" + jobId + "' does not exist in this workspace");
        }
        out.write("line,reason,content\n");
        try {
            journal.forEachError(jobId, -1, e -> {
                try {
                    out.write(e.line() + "," + csv(e.reason()) + "," + csv(e.content()) + "\n");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ImportJob begin(ImportRequest request) {
        if (!Files.isRegularFile(request.file())) {
            throw new InvalidInputException("file", "no file at " + request.file());
        }
        Readers.FileSummary summary;
        try {
            summary = Readers.summarise(request.file());
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + request.file() + ": " + e.getMessage());
        }
        String workspace = request.workspace().value();
        String fingerprint = request.options().fingerprint(summary.fingerprint());
        Optional<String> unfinished = journal.unfinished(workspace, fingerprint, request.format().label());
        String jobId;
        if (unfinished.isPresent() && !running.contains(unfinished.get())) {
            jobId = unfinished.get();
            journal.resume(jobId, journal.lastLine(jobId), request.errorsFile().toString());
            log.info("Resuming import {} of {} after line {}", jobId, request.sourceName(), journal.lastLine(jobId));
        } else {
            jobId = UUID.randomUUID().toString();
            journal.create(jobId, workspace, request.format().label(), request.sourceName(), fingerprint,
                    request.timeZone().getId(), summary.dataLines(), request.errorsFile().toString());
        }
        return journal.find(workspace, jobId, 0).orElseThrow();
    }

    private ImportJob execute(String jobId, ImportRequest request, LongConsumer progress, LongConsumer operationalProgress) {
        if (!running.add(jobId)) {
            throw new InvalidInputException("file", "this file is being imported already (import " + jobId + ")");
        }
        ExecutorService writers = pools.forOperation("import-writer", settings.writers());
        CatchUp catchUp = new CatchUp(System.nanoTime(),
                journal.find(request.workspace().value(), jobId, 0).map(ImportJob::operationalRows).orElse(0L));
        catchUps.put(jobId, catchUp);
        try {
            ChunkRun run = new ChunkRun(request, jobId, journal, ingest, bulk, facts, transactions, writers, pools,
                    clock, settings.chunkSize(), aliases);
            run.run(progress, operationalProgress, () -> catchUp.settingCounters = true);
            ImportJob done = journal.find(request.workspace().value(), jobId, 1).orElseThrow();
            writeErrorFile(request, done);
            Optional<String> refusal = RejectedShare.refusal(done, settings.maxRejectedShare());
            if (refusal.isPresent()) {
                journal.finish(jobId, "failed", refusal.get());
                log.warn("Import {} of {} failed: {}", jobId, request.sourceName(), refusal.get());
                return find(request.workspace(), jobId).orElseThrow();
            }
            // done, and said so; orders waiting for an exchange rate are named, or the shop looks emptier than it is
            journal.finish(jobId, "completed", heldNote.of(request.workspace()).orElse(null));
            ImportJob finished = find(request.workspace(), jobId).orElseThrow();
            ImportCounts c = finished.counts();
            log.info("Import {} of {} done: {} rows, {} new, {} updated, {} unchanged, {} rejected, {} customers added",
                    jobId, request.sourceName(), c.rows(), c.created(), c.updated(), c.unchanged(), c.rejected(), c.customersCreated());
            if (c.created() + c.updated() + c.customersCreated() > 0) {
                events.publishEvent(new ImportCompleted(request.workspace(), jobId, request.format(), c));
            }
            return finished;
        } catch (RuntimeException | IOException e) {
            // Left resumable: the next run of the same file continues after the last committed line.
            journal.finish(jobId, "failed", e.getMessage());
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        } finally {
            writers.shutdownNow();
            catchUps.remove(jobId);
            running.remove(jobId);
        }
    }

    private void writeErrorFile(ImportRequest request, ImportJob job) throws IOException {
        Path target = request.errorsFile();
        if (job.counts().rejected() == 0) {
            Files.deleteIfExists(target);
            return;
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (Writer out = Files.newBufferedWriter(target)) {
            writeErrors(request.workspace(), job.id(), out);
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
