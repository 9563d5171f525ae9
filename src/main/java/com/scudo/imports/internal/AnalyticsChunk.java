package com.scudo.imports.internal;

import com.scudo.analytics.ImportedFacts;
import com.scudo.analytics.ImportedFacts.StoredCustomer;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.ImportCounts;
import com.scudo.imports.RowError;
import com.scudo.ingest.IngestResult;
import com.scudo.ingest.IngestService;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one chunk to the analytical store, which an import writes first: reads the stored
 * fingerprints of the chunk's ids (index lookups), tells new, changed and unchanged records apart,
 * and upserts the new and changed ones together with the journal's record of the chunk, in one
 * transaction. Customers seen in earlier chunks of the run are not looked up again (an order file
 * names each customer in many chunks). A chunk is thus in the analytical store and counted exactly
 * once, or not at all.
 */
final class AnalyticsChunk {
    private final String jobId;
    private final WorkspaceId workspace;
    private final ImportedFacts facts;
    private final ImportJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final IngestService ingest;
    /** Customers known to be in the analytical store (committed by this run or found there): not looked up again. */
    private final SeenIds known = new SeenIds();

    AnalyticsChunk(String jobId, WorkspaceId workspace, ImportedFacts facts, ImportJournal journal,
                   TransactionTemplate transactions, Clock clock, IngestService ingest) {
        this.ingest = ingest;
        this.jobId = jobId;
        this.workspace = workspace;
        this.facts = facts;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Writes and journals the chunk; returns its mark (with the number of records written). */
    ChunkMark write(int number, ChunkContent chunk) {
        List<RowError> errors = new ArrayList<>(chunk.errors);
        long created = 0;
        long updated = chunk.repeatedUpdated;
        long unchanged = chunk.repeatedUnchanged;
        // Full rows need their stored fingerprint; any other customer only needs to exist.
        Map<CustomerId, StoredCustomer> stored = facts.customers(workspace, chunk.customerIds().stream()
                .filter(id -> chunk.fullCustomers.containsKey(id) || !known.contains(id)).toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        List<CustomerProfile> customerWrites = new ArrayList<>();
        for (Parsed p : chunk.fullCustomers.values()) {
            CustomerProfile profile = (CustomerProfile) p.record();
            StoredCustomer existing = stored.get(profile.id());
            if (existing == null) {
                customerWrites.add(p.customerCreateOnly() ? ChunkContent.withCreatedAt(profile, now) : profile);
                created++;
            } else {
                CustomerProfile candidate = p.customerCreateOnly()
                        ? ChunkContent.withCreatedAt(profile, existing.createdAt()) : profile;
                if (Fingerprints.customer(candidate).equals(existing.fingerprint())) {
                    unchanged++;
                } else {
                    customerWrites.add(candidate.withUpdatedAt(now));
                    updated++;
                }
            }
        }
        long customersCreated = 0;
        for (CustomerProfile brought : chunk.broughtCustomers.values()) {
            if (!exists(brought.id(), stored) && !chunk.fullCustomers.containsKey(brought.id())) {
                customerWrites.add(brought);
                customersCreated++;
            }
        }

        List<Order> orders = new ArrayList<>(chunk.orders.values());

        List<Interaction> interactions = new ArrayList<>();
        for (Parsed p : chunk.interactions.values()) {
            Interaction interaction = (Interaction) p.record();
            if (exists(interaction.customerId(), stored) || chunk.fullCustomers.containsKey(interaction.customerId())) {
                interactions.add(interaction);
            } else {
                errors.add(new RowError(p.firstLine(), "customer '" + interaction.customerId().value()
                        + "' does not exist in this workspace; import the customers first", null));
            }
        }
        Map<String, String> storedInteractions = facts.interactions(workspace,
                interactions.stream().map(Interaction::id).toList());
        List<Interaction> interactionWrites = new ArrayList<>();
        for (Interaction interaction : interactions) {
            String print = storedInteractions.get(interaction.id());
            if (print == null) {
                interactionWrites.add(interaction);
                created++;
            } else if (print.equals(Fingerprints.interaction(interaction))) {
                unchanged++;
            } else {
                interactionWrites.add(interaction);
                updated++;
            }
        }

        long[] orderCounts = new long[3]; // created, updated, unchanged
        long[] others = {created, updated, unchanged, customersCreated};
        List<RowError> orderErrors = new ArrayList<>();
        ChunkMark mark = transactions.execute(status -> {
            facts.upsert(customerWrites, Fingerprints::customer, List.of(), Fingerprints::order,
                    interactionWrites, Fingerprints::interaction);
            // Orders go through the recording path's rules: one customer per order id, the reporting currency,
            // refunds and cancellations netted, orders without a rate held.
            List<IngestResult> answers = ingest.recordImportedOrders(workspace, orders);
            for (IngestResult answer : answers) {
                switch (answer.status()) {
                    case "created", "held" -> orderCounts[0]++;
                    case "updated" -> orderCounts[1]++;
                    case "unchanged" -> orderCounts[2]++;
                    default -> orderErrors.add(new RowError(chunk.orderLines.getOrDefault(answer.id(), chunk.firstLine),
                            answer.reason(), null));
                }
            }
            List<RowError> all = new ArrayList<>(errors);
            all.addAll(orderErrors);
            all.sort((a, b) -> Long.compare(a.line(), b.line()));
            long writes = customerWrites.size() + orderCounts[0] + orderCounts[1] + interactionWrites.size();
            ChunkMark written = new ChunkMark(number, chunk.firstLine, chunk.lastLine, chunk.rows, writes);
            journal.commitAnalytics(jobId, written, new ImportCounts(chunk.rows, others[0] + orderCounts[0],
                    others[1] + orderCounts[1], others[2] + orderCounts[2], all.size(), others[3]), all);
            return written;
        });
        journal.persist(); // before the chunk counts as done (progress, operational copy)
        known.addAll(stored.keySet());
        known.addAll(chunk.fullCustomers.keySet());
        known.addAll(chunk.broughtCustomers.keySet());
        return mark;
    }

    private boolean exists(CustomerId id, Map<CustomerId, StoredCustomer> stored) {
        return stored.containsKey(id) || known.contains(id);
    }
}
