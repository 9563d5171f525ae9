package com.scudo.identity.internal;

import com.scudo.analytics.CustomerContacts;
import com.scudo.analytics.ImportedFacts;
import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.identity.IdentityPersonalData;
import com.scudo.identity.IdentityResolution;
import com.scudo.identity.MatchRule;
import com.scudo.identity.MatchRun;
import com.scudo.identity.MergeResult;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds duplicates, keeps the review queue and decides pairs; merges go through {@link IdentityMerger}. */
@Service
class IdentityService implements IdentityResolution, IdentityPersonalData {
    static final int MAX_LIMIT = 1_000;

    private final CustomerContacts contacts;
    private final ImportedFacts stored;
    private final IdentityMerger merger;
    private final IdentityStore store;
    private final JooqAliases aliases;
    private final MergeJournal journal;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CandidateFinder finder;

    IdentityService(CustomerContacts contacts, ImportedFacts stored, IdentityMerger merger, IdentityStore store,
                    JooqAliases aliases, MergeJournal journal, AuditTrail audit, TransactionTemplate transactions,
                    Clock clock, @Value("${scudo.identity.default-region:US}") String defaultRegion,
                    @Value("${scudo.identity.max-block:2000}") int maxBlock) {
        this.contacts = contacts;
        this.stored = stored;
        this.merger = merger;
        this.store = store;
        this.aliases = aliases;
        this.journal = journal;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.finder = new CandidateFinder(defaultRegion, maxBlock);
    }

    @Override
    public MatchRun findDuplicates(WorkspaceId workspace) {
        long start = System.nanoTime();
        Map<String, List<String>> external = store.externalIds(workspace);
        List<MatchRecord> records = new ArrayList<>();
        contacts.forEach(workspace, c -> records.add(new MatchRecord(c.id(), c.name(), c.email(), c.phone(), c.city(),
                c.country(), external.get(c.id()))));
        CandidateFinder.Result found = finder.find(records);
        Map<String, String> known = store.states(workspace);
        boolean automatic = store.autoMerge(workspace);
        int merged = 0;
        int suggested = 0;
        for (CandidateFinder.Match match : found.matches()) {
            String key = match.a() + "|" + match.b();
            if (known.containsKey(key) && !IdentityStore.OPEN.equals(known.get(key))) {
                continue; // decided by a person: not asked again
            }
            if (automatic && match.evidence().automatic()) {
                if (mergePair(workspace, match.a(), match.b(), match.evidence().rule().code(),
                        match.evidence().description()) != null) {
                    merged++;
                }
                if (known.containsKey(key)) {
                    store.decide(workspace, match.a(), match.b(), IdentityStore.ACCEPTED, now());
                }
            } else if (!known.containsKey(key)) {
                store.suggest(workspace, match.a(), match.b(), match.evidence().rule().code(), match.evidence().score(),
                        match.evidence().description(), now());
                suggested++;
            }
        }
        return new MatchRun(found.customers(), found.pairsCompared(), found.blocksSkipped(), merged, suggested,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public MatchRun.Suggestions openSuggestions(WorkspaceId workspace, int limit) {
        List<IdentityStore.Stored> open = store.open(workspace, checkedLimit(limit));
        Set<CustomerId> ids = open.stream().flatMap(s -> java.util.stream.Stream.of(s.a(), s.b())).map(CustomerId::of)
                .collect(Collectors.toSet());
        Map<String, CustomerContacts.Contact> byId = contacts.find(workspace, ids).stream()
                .collect(Collectors.toMap(CustomerContacts.Contact::id, c -> c));
        List<MatchRun.Suggestion> suggestions = open.stream().map(s -> new MatchRun.Suggestion(side(s.a(), byId),
                side(s.b(), byId), s.rule(), s.score(), s.evidence(), s.foundAt().toInstant())).toList();
        return new MatchRun.Suggestions(suggestions, store.countOpen(workspace));
    }

    @Override
    public List<MatchRun.Decision> decide(WorkspaceId workspace, List<MatchRun.Pair> pairs, boolean accept) {
        if (pairs == null || pairs.isEmpty() || pairs.size() > MAX_LIMIT) {
            throw new InvalidInputException("pairs", "name 1 to " + MAX_LIMIT + " pairs");
        }
        List<MatchRun.Decision> decisions = new ArrayList<>();
        for (MatchRun.Pair pair : pairs) {
            if (pair == null || pair.a() == null || pair.b() == null) {
                throw new InvalidInputException("pairs", "each pair names two customer ids, a and b");
            }
            String a = pair.a().compareTo(pair.b()) < 0 ? pair.a() : pair.b();
            String b = a.equals(pair.a()) ? pair.b() : pair.a();
            var suggestion = store.find(workspace, a, b).filter(s -> IdentityStore.OPEN.equals(s.state()));
            if (suggestion.isEmpty()) {
                decisions.add(new MatchRun.Decision(a, b, "not-open", null));
            } else if (accept) {
                MergeResult merge = mergePair(workspace, a, b, suggestion.get().rule(), suggestion.get().evidence());
                store.decide(workspace, a, b, IdentityStore.ACCEPTED, now());
                decisions.add(new MatchRun.Decision(a, b, merge == null ? "not-open" : "merged",
                        merge == null ? null : merge.mergeId()));
            } else {
                transactions.executeWithoutResult(s -> {
                    store.decide(workspace, a, b, IdentityStore.REJECTED, now());
                    audit.record(workspace, AuditAction.MERGE_SUGGESTION_REJECTED, AuditSubject.customer(CustomerId.of(a)),
                            "not one person with " + b);
                });
                decisions.add(new MatchRun.Decision(a, b, "rejected", null));
            }
        }
        return decisions;
    }

    @Override
    public MergeResult merge(WorkspaceId workspace, CustomerId survivor, CustomerId merged) {
        return merger.merge(workspace, survivor, merged, MatchRule.MANUAL.code(), "merged by hand");
    }

    @Override
    public MergeResult unmerge(WorkspaceId workspace, String mergeId) {
        return merger.unmerge(workspace, mergeId);
    }

    @Override
    public List<MergeResult> merges(WorkspaceId workspace, CustomerId customerOrNull, int limit) {
        return customerOrNull == null ? merger.recent(workspace, checkedLimit(limit)) : merger.inForce(workspace, customerOrNull);
    }

    @Override
    public boolean autoMerge(WorkspaceId workspace) {
        return store.autoMerge(workspace);
    }

    @Override
    public void setAutoMerge(WorkspaceId workspace, boolean allowed) {
        store.setAutoMerge(workspace, allowed, now());
    }

    @Override
    public void linkExternalId(WorkspaceId workspace, String source, String externalId, CustomerId customer) {
        if (source == null || source.isBlank() || source.length() > 40 || externalId == null || externalId.isBlank()
                || externalId.length() > 200) {
            throw new InvalidInputException("externalId", "source (1-40 characters) and externalId (1-200) are required");
        }
        store.linkExternalId(workspace, source.strip(), externalId.strip(), customer);
    }

    @Override
    public Map<String, List<Map<String, Object>>> read(WorkspaceId workspace, CustomerId customer) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("identity_aliases", aliases.of(workspace, customer).stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", a.kind());
            row.put("alias", a.alias());
            row.put("merge_id", a.mergeId());
            return row;
        }).collect(Collectors.toList()));
        rows.putAll(store.read(workspace, customer));
        rows.put("identity_merges", journal.inForce(workspace, customer).stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("merge_id", e.mergeId());
            row.put("survivor_id", e.survivor().value());
            row.put("merged_id", e.merged().value());
            row.put("rule", e.rule());
            row.put("merged_at", e.mergedAt().toString());
            return row;
        }).collect(Collectors.toList()));
        return rows;
    }

    @Override
    public Map<String, Integer> erase(WorkspaceId workspace, CustomerId customer) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("identity_aliases", aliases.erase(workspace, customer));
        removed.putAll(store.erase(workspace, customer));
        removed.put("identity_merges", journal.erase(workspace, customer));
        return removed;
    }

    /** The older record survives (ties: the smaller id); a pair already one customer through aliases is skipped. */
    private MergeResult mergePair(WorkspaceId workspace, String a, String b, String rule, String evidence) {
        CustomerId x = aliases.current(workspace, CustomerId.of(a));
        CustomerId y = aliases.current(workspace, CustomerId.of(b));
        if (x.equals(y)) {
            return null;
        }
        Map<CustomerId, ImportedFacts.StoredCustomer> times = stored.customers(workspace, List.of(x, y));
        if (times.size() < 2) {
            return null; // one of them is gone (erased) since the search
        }
        Instant tx = times.get(x).createdAt();
        Instant ty = times.get(y).createdAt();
        boolean xFirst = tx.isBefore(ty) || tx.equals(ty) && x.value().compareTo(y.value()) < 0;
        return merger.merge(workspace, xFirst ? x : y, xFirst ? y : x, rule, evidence);
    }

    private static MatchRun.Side side(String id, Map<String, CustomerContacts.Contact> byId) {
        CustomerContacts.Contact c = byId.get(id);
        return c == null ? new MatchRun.Side(id, null, null, null, null, null)
                : new MatchRun.Side(id, c.name(), c.email(), c.phone(), c.city(), c.country());
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

}
