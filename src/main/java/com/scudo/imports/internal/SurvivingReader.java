package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file's records as identity resolution sees them: a merged-away customer's id, or the e-mail address a
 * Shopify file keys a customer by, finds the customer it was merged into. Their orders and interactions are
 * recorded for that customer; their own profile row changes nothing (the survivor's profile is kept, as the
 * recording path does for the API) and the customer is not created again. Reads ahead a batch of records so each
 * batch costs two alias look-ups, not one per row.
 */
final class SurvivingReader implements RecordReader {
    private static final int BATCH = 500;
    private final RecordReader reader;
    private final WorkspaceId workspace;
    private final CustomerAliases aliases;
    private final Deque<Parsed> ready = new ArrayDeque<>();
    private boolean ended;

    SurvivingReader(RecordReader reader, WorkspaceId workspace, CustomerAliases aliases) {
        this.reader = reader;
        this.workspace = workspace;
        this.aliases = aliases;
    }

    @Override
    public Parsed next() throws IOException {
        if (ready.isEmpty() && !ended) {
            List<Parsed> batch = new ArrayList<>(BATCH);
            Parsed parsed;
            while (batch.size() < BATCH && (parsed = reader.next()) != null) {
                batch.add(parsed);
            }
            ended = batch.size() < BATCH;
            ready.addAll(resolve(batch));
        }
        return ready.poll();
    }

    private List<Parsed> resolve(List<Parsed> batch) {
        Set<CustomerId> ids = new HashSet<>();
        Map<String, CustomerId> byEmail = new HashMap<>();   // an e-mail-keyed id → its e-mail
        for (Parsed p : batch) {
            if (p.customer() != null) {
                note(p.customer(), ids, byEmail);
            }
            if (p.record() instanceof CustomerProfile c) {
                note(c, ids, byEmail);
            } else if (p.record() instanceof Order o) {
                ids.add(o.customerId());
            } else if (p.record() instanceof Interaction i) {
                ids.add(i.customerId());
            }
        }
        if (ids.isEmpty()) {
            return batch;
        }
        Map<CustomerId, CustomerId> survivors = new HashMap<>(aliases.survivorsOf(workspace, ids));
        Map<String, CustomerId> byAddress = aliases.survivorsOfEmails(workspace, byEmail.keySet());
        byEmail.forEach((email, id) -> {
            CustomerId survivor = byAddress.get(email);
            if (survivor != null && !survivor.equals(id)) {
                survivors.putIfAbsent(id, survivor);
            }
        });
        return survivors.isEmpty() ? batch : batch.stream().map(p -> toSurvivor(p, survivors)).toList();
    }

    /** Shopify files key a customer by a hash of the e-mail: that address may be a merged-away customer's. */
    private static void note(CustomerProfile profile, Set<CustomerId> ids, Map<String, CustomerId> byEmail) {
        ids.add(profile.id());
        if (profile.email() != null && Rows.customerIdForEmail(profile.email()).equals(profile.id().value())) {
            byEmail.put(profile.email(), profile.id());
        }
    }

    private static Parsed toSurvivor(Parsed p, Map<CustomerId, CustomerId> survivors) {
        CustomerProfile brought = p.customer() != null && survivors.containsKey(p.customer().id()) ? null : p.customer();
        Object record = p.record();
        if (record instanceof CustomerProfile c && survivors.containsKey(c.id())) {
            record = null;   // counted as unchanged (ChunkContent)
        } else if (record instanceof Order o && survivors.containsKey(o.customerId())) {
            record = new Order(o.workspace(), o.id(), survivors.get(o.customerId()), o.orderedAt(), o.amount(),
                    o.currency(), o.discount(), o.channel(), o.items(), o.flags(), o.refunded(), o.cancelled());
        } else if (record instanceof Interaction i && survivors.containsKey(i.customerId())) {
            record = new Interaction(i.workspace(), i.id(), survivors.get(i.customerId()), i.type(), i.channel(),
                    i.occurredAt(), i.detail());
        }
        return record == p.record() && brought == p.customer() ? p
                : new Parsed(p.firstLine(), p.lastLine(), p.rows(), record, brought, p.customerCreateOnly(), p.errors());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
