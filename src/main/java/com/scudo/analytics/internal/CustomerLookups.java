package com.scudo.analytics.internal;

import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;

import com.scudo.analytics.CustomerMatch;
import com.scudo.analytics.NamedCustomer;
import com.scudo.analytics.internal.schema.tables.CustomerDim;
import com.scudo.analytics.internal.schema.tables.CustomerMetrics;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;

/**
 * The one customer look-up: by id or e-mail exactly, else by name tolerantly (case, part of the name, small
 * typos, see {@link NameMatch}). Several close fits make the answer ambiguous rather than a guess; among equal
 * fits the customers who spent most come first.
 */
@Component
class CustomerLookups {
    static final double MIN_SCORE = 0.88;
    /** Fits this close to the best one are just as plausible: the user is asked to choose. */
    static final double TIE_MARGIN = 0.04;
    private static final int MAX_SCAN = 200_000;
    private static final CustomerDim DIM = CUSTOMER_DIM.as("d");
    private static final CustomerMetrics METRICS = CUSTOMER_METRICS.as("m");
    private static final Field<String> WORKSPACE = DIM.WORKSPACE_ID;
    private static final Field<String> ID = DIM.CUSTOMER_ID;
    private static final Field<String> NAME = DIM.NAME;
    private static final Field<String> EMAIL = DIM.EMAIL;
    private static final Field<String> CITY = DIM.CITY;
    private static final Field<BigDecimal> SPENT = METRICS.TOTAL_SPENT;

    private record Scored(NamedCustomer customer, double score) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparing(s -> s.customer().totalSpent(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(s -> s.customer().customerId());

    private final DSLContext sql;
    private final CustomerAliases aliases;

    CustomerLookups(DSLContext sql, CustomerAliases aliases) {
        this.sql = sql;
        this.aliases = aliases;
    }

    @Transactional(readOnly = true)
    CustomerMatch lookup(WorkspaceId workspace, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return CustomerMatch.none(ref);
        }
        Condition ws = WORKSPACE.eq(workspace.value());
        String lower = ref.toLowerCase(Locale.ROOT);
        List<NamedCustomer> byId = people(ws.and(ID.eq(ref)), 2);
        if (byId.size() == 1) {
            return new CustomerMatch(ref, byId.get(0), "id", List.of());
        }
        List<NamedCustomer> byEmail = people(ws.and(EMAIL.eq(lower)), 2); // stored lower-case, indexed
        if (byEmail.size() == 1) {
            return new CustomerMatch(ref, byEmail.get(0), "email", List.of());
        }
        // The old id or e-mail of a customer merged into another finds the merged customer.
        var merged = ref.contains("@") ? aliases.survivorOfEmail(workspace, ref)
                : CustomerId.isValid(ref) ? aliases.survivorOfId(workspace, CustomerId.of(ref)) : java.util.Optional.<CustomerId>empty();
        if (merged.isPresent()) {
            List<NamedCustomer> survivor = people(ws.and(ID.eq(merged.get().value())), 1);
            if (!survivor.isEmpty()) {
                return new CustomerMatch(ref, survivor.get(0), ref.contains("@") ? "email" : "id", List.of());
            }
        }
        byId = people(ws.and(DSL.lower(ID).eq(lower)), 2);
        if (byId.size() == 1) {
            return new CustomerMatch(ref, byId.get(0), "id", List.of());
        }
        return byName(ws, ref);
    }

    private CustomerMatch byName(Condition ws, String reference) {
        String ref = NameMatch.clean(reference);
        List<Scored> scored = score(people(ws.and(anyWordIn(ref)), 2_000), ref);
        if (scored.isEmpty() || scored.get(0).score() < MIN_SCORE) {
            scored = scanAll(ws, ref); // every word mistyped: compare with every name
        }
        List<Scored> fits = scored.stream().filter(s -> s.score() >= MIN_SCORE).toList();
        if (fits.isEmpty()) {
            return CustomerMatch.none(reference);
        }
        List<Scored> sameName = fits.stream().filter(s -> NameMatch.clean(s.customer().name()).equals(ref)).toList();
        if (sameName.size() == 1) {
            return new CustomerMatch(reference, sameName.get(0).customer(), "name", List.of(sameName.get(0).customer()));
        }
        double top = fits.get(0).score();
        List<NamedCustomer> close = (sameName.isEmpty() ? fits : sameName).stream()
                .filter(s -> s.score() >= top - TIE_MARGIN).limit(CustomerMatch.MAX_CANDIDATES)
                .map(Scored::customer).toList();
        return close.size() == 1 ? new CustomerMatch(reference, close.get(0), "partial name", close)
                : new CustomerMatch(reference, null, null, close);
    }

    private List<Scored> scanAll(Condition ws, String ref) {
        List<Scored> scored = new ArrayList<>();
        try (Cursor<Record5<String, String, String, String, BigDecimal>> rows = from().where(ws)
                .limit(MAX_SCAN).fetchSize(2_000).fetchLazy()) {
            for (Record5<String, String, String, String, BigDecimal> r : rows) {
                double s = NameMatch.score(ref, r.value2());
                if (s >= MIN_SCORE) {
                    scored.add(new Scored(customer(r), s));
                }
            }
        }
        scored.sort(BEST_FIRST);
        return scored;
    }

    private static List<Scored> score(List<NamedCustomer> people, String ref) {
        return people.stream().map(p -> new Scored(p, NameMatch.score(ref, p.name()))).sorted(BEST_FIRST).toList();
    }

    /** {@code lower(name) like ?} for each word of three letters or more (values bound, wildcards escaped). */
    private static Condition anyWordIn(String ref) {
        List<Condition> any = new ArrayList<>();
        for (String word : ref.split(" ")) {
            if (word.length() >= 3) {
                any.add(DSL.lower(NAME).like("%" + escapeLike(word) + "%", '!'));
            }
        }
        return any.isEmpty() ? DSL.lower(NAME).like(escapeLike(ref) + "%", '!') : DSL.or(any);
    }

    /** {@code text} as a literal inside a LIKE pattern whose escape character is '!'. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<NamedCustomer> people(Condition where, int limit) {
        return from().where(where).orderBy(ID).limit(limit).fetch(CustomerLookups::customer);
    }

    private SelectOnConditionStep<Record5<String, String, String, String, BigDecimal>> from() {
        return sql.select(ID, NAME, EMAIL, CITY, SPENT).from(DIM).leftJoin(METRICS)
                .on(METRICS.WORKSPACE_ID.eq(WORKSPACE).and(METRICS.CUSTOMER_ID.eq(ID)));
    }

    private static NamedCustomer customer(Record5<String, String, String, String, BigDecimal> r) {
        return new NamedCustomer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
