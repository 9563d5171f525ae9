package com.scudo.assistant.internal;

import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the customer a question means: by id or e-mail exactly, else by name tolerantly (case, part of the
 * name, small typos). Several close fits make the answer ambiguous rather than a guess.
 */
@Component("assistantCustomerDirectory")
class CustomerDirectory {
    static final double MIN_SCORE = 0.88;
    /** Fits this close to the best one are just as plausible: the user is asked to choose. */
    static final double TIE_MARGIN = 0.04;
    private static final int MAX_CHOICES = 10;
    private static final int MAX_SCAN = 200_000;
    private static final Table<?> DIM = DSL.table(DSL.name("customer_dim"));
    private static final Field<String> WORKSPACE = DSL.field(DSL.name("workspace_id"), String.class);
    private static final Field<String> ID = DSL.field(DSL.name("customer_id"), String.class);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<String> EMAIL = DSL.field(DSL.name("email"), String.class);
    private static final Field<String> CITY = DSL.field(DSL.name("city"), String.class);

    record Person(String customerId, String name, String email, String city) {
    }

    /** Exactly one customer, several candidates, or none (with the nearest names, if any). */
    record Resolution(Person found, List<Person> candidates) {
        boolean isFound() {
            return found != null;
        }

        boolean isAmbiguous() {
            return found == null && candidates.size() > 1;
        }
    }

    private record Scored(Person person, double score) {
    }

    private final DSLContext sql;

    CustomerDirectory(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Resolution resolve(WorkspaceId workspace, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Resolution(null, List.of());
        }
        Condition ws = WORKSPACE.eq(workspace.value());
        List<Person> exact = people(ws.and(ID.eq(ref).or(DSL.lower(EMAIL).eq(ref.toLowerCase(Locale.ROOT)))), 2);
        if (exact.isEmpty()) {
            exact = people(ws.and(DSL.lower(ID).eq(ref.toLowerCase(Locale.ROOT))), 2);
        }
        if (exact.size() == 1) {
            return new Resolution(exact.get(0), List.of());
        }
        return byName(ws, ref);
    }

    private Resolution byName(Condition ws, String reference) {
        String ref = NameMatch.clean(reference);
        List<Person> pool = people(ws.and(anyWordIn(ref)), 2_000);
        List<Scored> scored = score(pool, ref);
        if (scored.isEmpty() || scored.get(0).score() < MIN_SCORE) {
            scored = scanAll(ws, ref); // every word mistyped: compare with every name
        }
        List<Scored> fits = scored.stream().filter(s -> s.score() >= MIN_SCORE).toList();
        if (fits.isEmpty()) {
            return new Resolution(null, List.of());
        }
        List<Scored> sameName = fits.stream().filter(s -> NameMatch.clean(s.person().name()).equals(ref)).toList();
        if (sameName.size() == 1) {
            return new Resolution(sameName.get(0).person(), List.of());
        }
        double top = fits.get(0).score();
        List<Person> close = (sameName.isEmpty() ? fits : sameName).stream()
                .filter(s -> s.score() >= top - TIE_MARGIN).limit(MAX_CHOICES).map(Scored::person).toList();
        return close.size() == 1 ? new Resolution(close.get(0), List.of()) : new Resolution(null, close);
    }

    private List<Scored> scanAll(Condition ws, String ref) {
        List<Scored> scored = new ArrayList<>();
        try (Cursor<Record4<String, String, String, String>> rows = sql.select(ID, NAME, EMAIL, CITY).from(DIM).where(ws)
                .limit(MAX_SCAN).fetchSize(2_000).fetchLazy()) {
            for (Record4<String, String, String, String> r : rows) {
                double s = NameMatch.score(ref, r.value2());
                if (s >= MIN_SCORE) {
                    scored.add(new Scored(new Person(r.value1(), r.value2(), r.value3(), r.value4()), s));
                }
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> s.person().customerId()));
        return scored;
    }

    private static List<Scored> score(List<Person> people, String ref) {
        return people.stream().map(p -> new Scored(p, NameMatch.score(ref, p.name())))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> s.person().customerId()))
                .toList();
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

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<Person> people(Condition where, int limit) {
        return sql.select(ID, NAME, EMAIL, CITY).from(DIM).where(where).orderBy(ID).limit(limit)
                .fetch(r -> new Person(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
