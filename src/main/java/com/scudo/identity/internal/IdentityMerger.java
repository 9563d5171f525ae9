package com.scudo.identity.internal;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.CustomerRows;
import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.analytics.ImportedFacts;
import com.scudo.identity.MergeResult;
import com.scudo.ingest.IngestService;
import com.scudo.shared.ConflictException;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Merges two customers into one and takes a merge back. A merge goes through the recording path: in one
 * transaction of the analytical store the merged-away customer's orders (ledger, refunds, facts) and interactions
 * move to the survivor, the survivor's profile takes what only the other one knew, the old id and e-mail become
 * aliases, the merge record keeps both customers as they were, and the audit event is written. The outbox then
 * copies the moved records to DynamoDB under the survivor and re-scores the survivor; it is worked off before the
 * merge answers, and the merged-away customer's DynamoDB items are removed last. An unmerge runs the same steps
 * backwards and puts the analytical rows back from the merge record, scores included.
 */
@Component
class IdentityMerger {
    private static final Logger log = LoggerFactory.getLogger(IdentityMerger.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the operational store held that the merge changes or removes. */
    record OperationalBefore(CustomerProfile survivor, CustomerProfile merged, List<Interaction> mergedInteractions) {
    }

    private final IngestService ingest;
    private final CustomerRows rows;
    private final ImportedFacts facts;
    private final OperationalPersonalData operational;
    private final BulkWrites bulk;
    private final JooqAliases aliases;
    private final MergeJournal journal;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityMerger(IngestService ingest, CustomerRows rows, ImportedFacts facts,
                   OperationalPersonalData operational, BulkWrites bulk, JooqAliases aliases, MergeJournal journal,
                   AuditTrail audit, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.ingest = ingest;
        this.rows = rows;
        this.facts = facts;
        this.operational = operational;
        this.bulk = bulk;
        this.aliases = aliases;
        this.journal = journal;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    synchronized MergeResult merge(WorkspaceId workspace, CustomerId survivor, CustomerId merged, String rule,
                                   String evidence) {
        if (survivor.equals(merged)) {
            throw new InvalidInputException("mergedId", "a customer cannot be merged into itself");
        }
        aliases.survivorOfId(workspace, survivor).ifPresent(s -> {
            throw new ConflictException("customer " + survivor.value() + " was merged into " + s.value() + " already");
        });
        aliases.survivorOfId(workspace, merged).ifPresent(s -> {
            throw new ConflictException("customer " + merged.value() + " was merged into " + s.value() + " already");
        });
        finishPending();
        ingest.replayPending(); // the operational store holds everything recorded so far: the before-state is whole
        OperationalPersonalData.Held heldSurvivor = operational.read(workspace, survivor);
        OperationalPersonalData.Held heldMerged = operational.read(workspace, merged);
        CustomerRows.Snapshot before = rows.snapshot(workspace, List.of(survivor, merged));
        if (heldSurvivor.profile().isEmpty() || heldMerged.profile().isEmpty()) {
            throw new NotFoundException("customer " + (heldSurvivor.profile().isEmpty() ? survivor : merged).value()
                    + " does not exist in this workspace");
        }
        CustomerProfile kept = heldSurvivor.profile().get();
        CustomerProfile gone = heldMerged.profile().get();
        String mergeId = "m-" + UUID.randomUUID();
        OffsetDateTime now = now();
        MergeJournal.Entry entry = transactions.execute(status -> {
            List<String> moved = ingest.moveRecords(workspace, merged, survivor, null, heldMerged.interactions());
            rows.moveHistory(workspace, merged, survivor);
            CustomerProfile combined = combined(kept, gone, now);
            if (!combined.sameContentAs(kept)) {
                ingest.recordProfiles(workspace, List.of(combined));
            }
            aliases.repoint(workspace, merged, survivor);
            aliases.add(workspace, JooqAliases.ID, merged.value(), survivor, mergeId);
            String email = Normalise.email(gone.email());
            if (email != null && !email.equals(Normalise.email(kept.email()))
                    && aliases.survivorOfEmail(workspace, email).isEmpty()) {
                aliases.add(workspace, JooqAliases.EMAIL, email, survivor, mergeId);
            }
            MergeJournal.Entry e = new MergeJournal.Entry(mergeId, workspace, survivor, merged, rule, evidence,
                    MergeJournal.MERGED, true, JSON.writeValueAsString(before),
                    JSON.writeValueAsString(new OperationalBefore(kept, gone, heldMerged.interactions())),
                    JSON.writeValueAsString(moved),
                    JSON.writeValueAsString(heldMerged.interactions().stream().map(Interaction::id).toList()), now, null);
            journal.add(e);
            audit.record(workspace, AuditAction.CUSTOMERS_MERGED, AuditSubject.customer(survivor),
                    "merged " + merged.value() + " into " + survivor.value() + " (" + rule + "), merge " + mergeId);
            return e;
        });
        ingest.replayPending(); // copies the moved records under the survivor and re-scores the survivor now
        completeOperational(Objects.requireNonNull(entry));
        return result(journal.find(workspace, mergeId).orElseThrow());
    }

    synchronized MergeResult unmerge(WorkspaceId workspace, String mergeId) {
        MergeJournal.Entry entry = journal.find(workspace, mergeId)
                .orElseThrow(() -> new NotFoundException("no merge " + mergeId + " in this workspace"));
        if (!MergeJournal.MERGED.equals(entry.state())) {
            throw new ConflictException("merge " + mergeId + " was taken back already");
        }
        finishPending();
        List<MergeJournal.Entry> later = journal.inForce(workspace, entry.survivor()).stream()
                .filter(e -> !e.mergeId().equals(mergeId) && e.mergedAt().isAfter(entry.mergedAt())).toList();
        if (!later.isEmpty() || aliases.survivorOfId(workspace, entry.survivor()).isPresent()) {
            throw new ConflictException("customer " + entry.survivor().value() + " took part in a later merge ("
                    + (later.isEmpty() ? "merged away" : later.get(0).mergeId()) + "): take that back first");
        }
        ingest.replayPending();
        OperationalBefore before = JSON.readValue(entry.operationalBefore(), OperationalBefore.class);
        List<String> movedOrders = JSON.readValue(entry.movedOrders(), new TypeReference<List<String>>() { });
        OffsetDateTime now = now();
        transactions.executeWithoutResult(status -> {
            aliases.removeMerge(workspace, mergeId);
            aliases.repointMerges(workspace, journal.mergesInto(workspace, entry.merged()), entry.merged());
            ingest.moveRecords(workspace, entry.survivor(), entry.merged(), movedOrders, before.mergedInteractions());
            ingest.recordProfiles(workspace, List.of(before.merged(), before.survivor()));
            journal.unmerged(mergeId, now);
            audit.record(workspace, AuditAction.CUSTOMERS_UNMERGED, AuditSubject.customer(entry.merged()),
                    "took " + entry.merged().value() + " back out of " + entry.survivor().value() + ", merge " + mergeId);
        });
        ingest.replayPending(); // copies the records back under their customer
        completeOperational(journal.find(workspace, mergeId).orElseThrow());
        return result(journal.find(workspace, mergeId).orElseThrow());
    }

    /**
     * The steps after the commit that are safe to repeat: a merge removes the merged-away customer's DynamoDB
     * items; an unmerge puts the analytical rows back exactly (scores included: the outbox re-scored both from
     * their histories meanwhile) and takes the moved records out of the survivor's DynamoDB partition.
     */
    private void completeOperational(MergeJournal.Entry entry) {
        WorkspaceId workspace = entry.workspace();
        if (MergeJournal.MERGED.equals(entry.state())) {
            operational.erase(workspace, entry.merged());
        } else {
            CustomerRows.Snapshot before = JSON.readValue(entry.analyticalBefore(), CustomerRows.Snapshot.class);
            transactions.executeWithoutResult(status -> rows.restore(workspace, List.of(entry.survivor(), entry.merged()),
                    before));
            operational.removeRecords(workspace, entry.survivor(),
                    JSON.readValue(entry.movedOrders(), new TypeReference<List<String>>() { }),
                    JSON.readValue(entry.movedInteractions(), new TypeReference<List<String>>() { }));
            bulk.setCustomerCounters(workspace, facts.customerTotals(workspace, List.of(entry.survivor(), entry.merged())));
            events.publishEvent(new CustomerMetricsRefreshed(workspace, Set.of(entry.survivor(), entry.merged()),
                    LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        }
        journal.operationalDone(entry.mergeId());
    }

    /** Completes what a crash left between a merge's (or unmerge's) commit and its last steps. */
    @Scheduled(initialDelayString = "${scudo.identity.retry-initial-delay:PT20S}",
            fixedDelayString = "${scudo.identity.retry-interval:PT1M}")
    synchronized void finishPending() {
        for (MergeJournal.Entry entry : journal.operationalPending()) {
            try {
                ingest.replayPending();
                completeOperational(entry);
            } catch (RuntimeException e) {
                log.error("Merge {} could not be completed in the operational store; it is retried", entry.mergeId(), e);
            }
        }
    }

    List<MergeResult> recent(WorkspaceId workspace, int limit) {
        return journal.recent(workspace, limit).stream().map(IdentityMerger::result).toList();
    }

    List<MergeResult> inForce(WorkspaceId workspace, CustomerId customer) {
        return journal.inForce(workspace, customer).stream().map(IdentityMerger::result).toList();
    }

    /** The survivor's profile, with what only the merged-away customer knew filled in (never overwritten). */
    static CustomerProfile combined(CustomerProfile kept, CustomerProfile gone, OffsetDateTime now) {
        CustomerProfile.Address a = kept.address();
        CustomerProfile.Address b = gone.address();
        boolean noAddress = a.city() == null && a.region() == null && a.country() == null;
        java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>(kept.tags());
        tags.addAll(gone.tags());
        return new CustomerProfile(kept.workspace(), kept.id(), first(kept.name(), gone.name()),
                first(kept.email(), gone.email()), first(kept.phone(), gone.phone()), first(kept.company(), gone.company()),
                noAddress ? b : a, kept.preferences(), List.copyOf(tags),
                kept.createdAt().isBefore(gone.createdAt()) ? kept.createdAt() : gone.createdAt(), now.toInstant());
    }

    private static String first(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    static MergeResult result(MergeJournal.Entry e) {
        int orders = JSON.readValue(e.movedOrders(), new TypeReference<List<String>>() { }).size();
        int interactions = JSON.readValue(e.movedInteractions(), new TypeReference<List<String>>() { }).size();
        return new MergeResult(e.mergeId(), e.survivor().value(), e.merged().value(), e.rule(), e.evidence(), e.state(),
                orders, interactions, e.mergedAt().toInstant(), e.unmergedAt() == null ? null : e.unmergedAt().toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }
}
