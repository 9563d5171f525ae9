package com.scudo.privacy.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.RunStatus;
import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.identity.IdentityPersonalData;
import com.scudo.shared.CustomerAliases;
import com.scudo.ingest.OperationalCopies;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.privacy.CustomerDataExport;
import com.scudo.privacy.CustomerPrivacy;
import com.scudo.privacy.ErasureResult;
import com.scudo.shared.CustomerId;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export and erasure of one customer. An erasure runs in steps that are each safe to repeat: record the
 * request (with what identifies the customer), delete and scrub the SQL rows in one transaction (the recording
 * path's outbox included, so nothing of the customer's is copied to DynamoDB again), delete the DynamoDB items,
 * rewrite import error files, then mark the request complete and forget the identifiers. A crash
 * anywhere leaves the request pending; the next call or the background retry runs the steps again.
 */
@Service
class PrivacyService implements CustomerPrivacy {
    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);
    private final OperationalPersonalData operational;
    private final AnalyticalPersonalData analytical;
    private final ErasureJournal journal;
    private final ImportErrorFiles errorFiles;
    private final AnalyticsRuns runs;
    private final AuditTrail audit;
    private final OperationalCopies copies;
    private final DSLContext sql;
    private final Clock clock;
    private final IdentityPersonalData identities;
    private final CustomerAliases aliases;

    PrivacyService(OperationalPersonalData operational, AnalyticalPersonalData analytical, ErasureJournal journal,
                   ImportErrorFiles errorFiles, AnalyticsRuns runs, AuditTrail audit, OperationalCopies copies,
                   DSLContext sql, Clock clock, IdentityPersonalData identities,
                   CustomerAliases aliases) {
        this.identities = identities;
        this.aliases = aliases;
        this.operational = operational;
        this.analytical = analytical;
        this.journal = journal;
        this.errorFiles = errorFiles;
        this.runs = runs;
        this.audit = audit;
        this.copies = copies;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public CustomerDataExport export(WorkspaceId workspace, CustomerId asked) {
        CustomerId customer = aliases.current(workspace, asked); // a merged-away id asks about the merged customer
        OperationalPersonalData.Held held = operational.read(workspace, customer);
        Identity who = identity(workspace, customer, held.profile());
        if (held.isEmpty() && !analytical.holdsRows(workspace, customer)) {
            throw notHeld(workspace, customer);
        }
        Map<String, List<Map<String, Object>>> rows = new java.util.LinkedHashMap<>(analytical.read(who));
        rows.putAll(identities.read(workspace, customer)); // the old ids and e-mails that find them
        CustomerDataExport export = new CustomerDataExport(workspace.value(), customer.value(), clock.instant(),
                OperationalRecords.of(held), rows);
        int records = held.orders().size() + held.interactions().size() + (held.profile().isPresent() ? 1 : 0)
                + rows.values().stream().mapToInt(List::size).sum();
        audit.record(workspace, AuditAction.CUSTOMER_DATA_EXPORTED, AuditSubject.customer(customer), records + " records");
        return export;
    }

    @Override
    public ErasureResult erase(WorkspaceId workspace, CustomerId asked) {
        CustomerId customer = aliases.current(workspace, asked);
        Optional<ErasureJournal.Request> pending = journal.pending(workspace, customer);
        ErasureJournal.Request request;
        if (pending.isPresent()) {
            request = pending.get();
        } else {
            OperationalPersonalData.Held held = operational.read(workspace, customer);
            if (held.isEmpty() && !analytical.holdsRows(workspace, customer)) {
                ErasureJournal.Completed done = journal.lastCompleted(workspace, customer)
                        .orElseThrow(() -> notHeld(workspace, customer));
                audit.record(workspace, AuditAction.CUSTOMER_ERASED, AuditSubject.customer(customer),
                        "asked again: erased already on " + done.completedAt());
                return new ErasureResult(customer.value(), "erased", done.requestedAt(), done.completedAt(), done.removed());
            }
            request = journal.open(identity(workspace, customer, held.profile()), now());
        }
        ErasureResult result = run(request);
        audit.record(workspace, AuditAction.CUSTOMER_ERASED, AuditSubject.customer(customer), result.erased()
                ? "erased: " + result.removed().values().stream().mapToInt(Integer::intValue).sum() + " records removed"
                : "pending: completes after the analytics run in progress");
        return result;
    }

    @Override
    @Scheduled(initialDelayString = "${scudo.privacy.retry-initial-delay:PT30S}",
            fixedDelayString = "${scudo.privacy.retry-interval:PT1M}")
    public int completePendingErasures() {
        int completed = 0;
        for (ErasureJournal.Request request : journal.allPending()) {
            try {
                if (run(request).erased()) {
                    completed++;
                }
            } catch (RuntimeException e) {
                log.error("Erasure request {} could not be completed; it stays pending and is retried", request.requestId(), e);
            }
        }
        return completed;
    }

    private ErasureResult run(ErasureJournal.Request request) {
        Identity who = request.identity();
        boolean runBefore = analysing(who.workspace());
        long copiesBefore = copies.mark();
        Map<String, Integer> removed = new LinkedHashMap<>();
        // SQL first: it deletes the customer's outbox rows, so no copy started from now on brings them back to
        // DynamoDB; one already under way is caught by the epoch check below.
        sql.transaction(tx -> {
            analytical.erase(who).forEach((table, n) -> removed.put("sql." + table, n));
            // Suggestions, merge records and the aliases of merged-away ids, which name the customer otherwise.
            identities.erase(who.workspace(), who.id()).forEach((table, n) -> removed.merge("sql." + table, n, Integer::sum));
        });
        OperationalPersonalData.Removed items = operational.erase(who.workspace(), who.id());
        removed.put("dynamodb.customers", items.customers());
        removed.put("dynamodb.orders", items.orders());
        removed.put("dynamodb.customer_interactions", items.interactions());
        removed.put("dynamodb.realtime_metrics", items.realtimeMetrics());
        removed.put("dynamodb.pending_sync", items.pendingSync());
        removed.put("files.import_errors", errorFiles.rewriteMentioning(who));
        if (runBefore || analysing(who.workspace())) {
            // A run reads the facts first and writes scores later: it may write this customer's rows again.
            log.info("Erasure {} done but kept pending: an analytics run is in progress; it is repeated afterwards",
                    request.requestId());
            return new ErasureResult(who.id().value(), "pending", request.requestedAt(), null, removed);
        }
        if (copies.copiedSince(copiesBefore, who.workspace(), who.id())) {
            // A copy to the operational store ran meanwhile and may have read this customer's records before they
            // were deleted: erase again (the background retry) once it is over.
            log.info("Erasure {} done but kept pending: a copy to the operational store ran meanwhile; it is repeated",
                    request.requestId());
            return new ErasureResult(who.id().value(), "pending", request.requestedAt(), null, removed);
        }
        Instant now = now();
        journal.complete(request.requestId(), removed, now);
        return new ErasureResult(who.id().value(), "erased", request.requestedAt(), now, removed);
    }

    /** To the microsecond, as the database keeps it: a repeated request then answers exactly the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean analysing(WorkspaceId workspace) {
        List<RunStatus> recent = runs.recentRuns(workspace, 1);
        return !recent.isEmpty() && !recent.get(0).finished();
    }

    private Identity identity(WorkspaceId workspace, CustomerId customer, Optional<CustomerProfile> profile) {
        if (profile.isPresent()) {
            return new Identity(workspace, customer, profile.get().email(), profile.get().name());
        }
        return analytical.identity(workspace, customer).orElse(new Identity(workspace, customer, null, null));
    }

    private static NotFoundException notHeld(WorkspaceId workspace, CustomerId customer) {
        return new NotFoundException("Nothing is held about customer " + customer.value() + " in workspace " + workspace);
    }
}
