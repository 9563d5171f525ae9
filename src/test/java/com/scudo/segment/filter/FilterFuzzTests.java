package com.scudo.segment.filter;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of random and hostile inputs: each is either a valid tree or a {@link FilterException};
 * every accepted expression runs on H2, agrees with the predicate, and its SQL carries no user text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterFuzzTests {

    private static final List<String> HOSTILE = List.of(
            "name = \"x\"; drop table customer_facts; --\"",
            "' or 1=1 --",
            "name = '' or 1=1 --'",
            "name = \"\" or 1=1",
            "name = \"x\" or \"1\" = \"1\"",
            "name = \"x') or ('1'='1\"",
            "name = \"x\\\" or 1=1 --\"",
            "name ~ \"%' ; delete from customer_facts where '1' like '%\"",
            "clv > 1 /* comment */",
            "clv > 1 -- comment",
            "clv > 1 union select * from pg_user",
            "customer_facts.clv > 1",
            "clv > (select 1)",
            "lower(name) = \"x\"",
            "clv > 1e308", "clv > 0x10", "clv > 1.7976931348623157E308", "clv > " + "9".repeat(500),
            "clv > 0." + "0".repeat(50) + "1", "orders = -0", "orders = --1",
            "name = \"\u0000\"", "name = \"\u202e\u200b\"", "name ~ \"𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"", "ñame = \"x\"", "name = “x”",
            "nаme = \"x\"", // Cyrillic a
            "\"𝔘\" in tags", "tags contains \"%\"", "tags contains \"_\"", "tags contains \"!\"",
            "last_order < 99999999 days ago", "last_order < 2024-13-45", "last_order < \"2024-02-29\"",
            "last_order < 0 days ago", "", "   ", "\n\t", "(", ")", "()", "not", "!", "!!", "&&", "||", "|", "&",
            "clv >", "clv > 1 and", "clv in", "clv in (", "clv in (1,", "clv in (1,)", "clv between 1", "clv between 1 and",
            "\"a\" in", "\"a\" not", "name starts", "name starts with", "tags contains any", "tags contains any (",
            "company is", "company is not", "\"unterminated", "'unterminated", "\"bad \\x escape\"", "\"\\u12\"");

    private static final List<String> TOKENS = List.of("clv", "churn", "name", "lifecycle", "tags", "segment",
            "last_order", "orders", "chrun", "and", "or", "not", "in", "between", "contains", "any", "all", "starts",
            "ends", "with", "is", "null", "days", "ago", "=", "!=", "<", "<=", ">", ">=", "~", "&&", "||", "!", "(",
            ")", ",", "-", "\"x\"", "'y'", "\"VIP\"", "\"home\"", "1", "25%", "0.5", "2024-01-31", "90", ";", "--",
            "/*", "*/", "'", "\"", "\\", "drop table customer_facts", "1=1", "\u0000", "é", "𝔘", "%", "_", "$1", "?",
            ":x", "@", "#", "`", "[", "]", "{", "}");

    private final List<Map<String, Object>> rows = FilterTestData.rows(3, 100);
    private Connection h2;
    private DSLContext ctx;
    private final Table<?> table = Filters.customerFacts();

    @BeforeAll
    void createDatabase() throws Exception {
        h2 = DriverManager.getConnection("jdbc:h2:mem:filter_fuzz_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        FilterTestData.load(h2, "customer_facts", rows);
        ctx = DSL.using(h2, SQLDialect.H2);
    }

    @AfterAll
    void close() throws Exception {
        h2.close();
    }

    @Test
    void randomAndHostileInputsGiveATreeOrAFilterErrorAndAcceptedOnesRunSafely() {
        Random r = new Random(20261125);
        List<String> inputs = new ArrayList<>(HOSTILE);
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            valid.add(Filters.render(FilterTestData.randomExpression(r, 3)));
        }
        inputs.addAll(valid);
        for (int i = 0; i < 1500; i++) { // token soup
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(FilterTestData.pick(TOKENS, r)).append(r.nextInt(4) == 0 ? "" : " ");
            }
            inputs.add(sb.toString());
        }
        for (int i = 0; i < 1500; i++) { // truncations and mutations of valid expressions
            String v = FilterTestData.pick(valid, r);
            inputs.add(i % 3 == 0 ? v.substring(0, r.nextInt(v.length() + 1)) : mutate(v, r));
        }
        for (int i = 0; i < 500; i++) { // random unicode
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                int cp = r.nextInt(3) == 0 ? r.nextInt(0x30000) : 0x20 + r.nextInt(0x60);
                if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                    sb.appendCodePoint(cp);
                }
            }
            inputs.add(sb.toString());
        }
        for (int n = 0; n <= 70; n += 5) { // deep nesting
            inputs.add("(".repeat(n) + "clv > 1" + ")".repeat(n));
            inputs.add("not ".repeat(n) + "clv > 1");
            inputs.add("!".repeat(n) + "(clv > 1)");
            inputs.add("(".repeat(n));
        }
        inputs.add("clv > 1 and ".repeat(166) + "clv > 1"); // just under the limit
        inputs.add("clv > 1 or ".repeat(500) + "clv > 1");
        inputs.add("name = \"" + "x".repeat(1990) + "\"");
        inputs.add("x".repeat(100_000));
        inputs.add("orders in (" + "1, ".repeat(300) + "1)");

        int accepted = 0;
        for (String input : inputs) {
            FilterExpression e;
            try {
                e = Filters.parse(input);
            } catch (FilterException ex) {
                assertThat(ex.getMessage()).isNotBlank();
                assertThat(ex.position()).as("position for %s", input).isBetween(0, input.length());
                continue;
            } catch (Throwable t) {
                throw new AssertionError("Unexpected " + t + " for input: " + input, t);
            }
            accepted++;
            checkAccepted(input, e);
        }
        assertThat(accepted).isGreaterThan(400);
    }

    private void checkAccepted(String input, FilterExpression e) {
        try {
            assertThat(Filters.parse(Filters.render(e))).as("round trip of %s", input).isEqualTo(e);
            Condition c = Filters.toCondition(e, table, FilterTestData.AS_OF);
            Set<String> sql = FilterSqlAgreementIntegrationTests.sqlIds(ctx, table, c);
            Set<String> memory = FilterSqlAgreementIntegrationTests.memoryIds(rows,
                    Filters.toPredicate(e, FilterTestData.AS_OF));
            assertThat(memory).as("agreement for %s", input).isEqualTo(sql);
            for (SQLDialect dialect : List.of(SQLDialect.H2, SQLDialect.POSTGRES)) {
                String rendered = sql(dialect, c);
                assertThat(rendered.replace(" escape '!'", "")).as("SQL for %s", input).doesNotContain("'");
                assertThat(structure(rendered)).as("SQL shape for %s", input)
                        .isEqualTo(structure(sql(dialect, Filters.toCondition(dummy(e), table, LocalDate.of(2000, 1, 1)))));
            }
        } catch (AssertionError | RuntimeException ex) {
            fail("Accepted input failed: " + input + " -> " + ex, ex);
        }
    }

    private String sql(SQLDialect dialect, Condition c) {
        return DSL.using(dialect, new Settings().withParamType(ParamType.INDEXED))
                .render(DSL.selectOne().from(table).where(c));
    }

    /** Ignores cast precision, which jOOQ derives from a bound number's digits. */
    private static String structure(String sql) {
        return sql.replaceAll("numeric\\(\\d+(, ?\\d+)?\\)", "numeric").replaceAll("decimal\\(\\d+(, ?\\d+)?\\)", "decimal");
    }

    /** The same tree with every user value replaced: the SQL must not change. */
    private static FilterExpression dummy(FilterExpression e) {
        if (e instanceof FilterExpression.And a) {
            return new FilterExpression.And(a.operands().stream().map(FilterFuzzTests::dummy).toList());
        } else if (e instanceof FilterExpression.Or o) {
            return new FilterExpression.Or(o.operands().stream().map(FilterFuzzTests::dummy).toList());
        } else if (e instanceof FilterExpression.Not n) {
            return new FilterExpression.Not(dummy(n.operand()));
        } else if (e instanceof FilterExpression.Comparison c) {
            return new FilterExpression.Comparison(c.field(), c.operator(), dummy(c.field(), c.value()));
        } else if (e instanceof FilterExpression.InList i) {
            return new FilterExpression.InList(i.field(), i.values().stream().map(v -> dummy(i.field(), v)).toList());
        } else if (e instanceof FilterExpression.Between b) {
            return new FilterExpression.Between(b.field(), dummy(b.field(), b.low()), dummy(b.field(), b.high()));
        } else if (e instanceof FilterExpression.TextMatch t) {
            return new FilterExpression.TextMatch(t.field(), t.kind(), "zz");
        } else if (e instanceof FilterExpression.SetContains s) {
            return new FilterExpression.SetContains(s.field(), s.quantifier(), s.values().stream().map(v -> "qq").toList());
        }
        return e;
    }

    private static FilterValue dummy(FilterField field, FilterValue v) {
        if (v instanceof FilterValue.Text) {
            return new FilterValue.Text(field.allowedValues().isEmpty() ? "zz" : field.allowedValues().get(0));
        } else if (v instanceof FilterValue.Number) {
            return new FilterValue.Number(new BigDecimal("7"));
        } else if (v instanceof FilterValue.Date) {
            return new FilterValue.Date(LocalDate.of(2001, 2, 3));
        }
        return new FilterValue.RelativeDate(1, FilterValue.RelativeDate.Unit.DAYS);
    }

    private static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        String alphabet = "()\"'\\;-=<>!~%_|&,. 0123456789aeéz𝔘\u0000\n";
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, c);
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
