package com.scudo.segment.filter;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL condition and the in-memory predicate select exactly the same customers, on H2 (PostgreSQL
 * mode) and on a real PostgreSQL, for hand-written and randomly generated expressions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterSqlAgreementIntegrationTests {

    private static final String H2_URL = "jdbc:h2:mem:filter_agree_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String PG_URL = System.getProperty("scudo.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private static final List<String> HAND_WRITTEN = List.of(
            "lifecycle = \"VIP\"",
            "lifecycle != \"vip\"",
            "not lifecycle = \"VIP\"",
            "churn >= 0.25 and clv > 1000",
            "churn >= 25%",
            "not churn >= 25%",
            "not (churn >= 25% or clv < 100)",
            "segment = \"BUSINESS_PROFESSIONAL\"",
            "segment != \"business_professional\"",
            "\"home\" in categories and days_since_last_order > 60",
            "\"home\" not in categories",
            "categories contains any (\"home\", \"toys\")",
            "categories contains all (\"home\", \"toys\")",
            "categories contains \"50%_off\"",
            "categories contains \"a!b\"",
            "categories contains \"50\"",
            "tags is null or tags contains \"kids\"",
            "name ~ \"smith\"",
            "name contains \"%\"",
            "name contains \"_\"",
            "name contains \"!\"",
            "name contains \"\\\\\"",
            "name contains \"'\"",
            "name contains \"\\\"\"",
            "name starts with \"ZOË\"",
            "name ends with \"LTD\"",
            "name not starts with \"a\"",
            "city = \"LONDON\"",
            "city in (\"london\", \"paris\")",
            "city not in (\"london\", \"paris\")",
            "city = \"\"",
            "city = \" \"",
            "customer_id = \"C-0007\"",
            "customer_id = \"c-0007\"",
            "customer_id in (\"C-0001\", \"C-0002\", \"c-0003\")",
            "rfm = 555 or rfm_group = \"loyal\"",
            "orders between 2 and 5",
            "orders not between 2 and 5",
            "orders between 5 and 2",
            "orders > 2.5",
            "orders in (1, 3, 10)",
            "clv between -1 and 99.99",
            "last_order < 90 days ago",
            "last_order >= 2 months ago and created < 2024-06-01",
            "next_order_date between 1 week ago and \"2025-07-31\"",
            "first_order = 2025-06-30",
            "company is null",
            "company is not null and not company is null",
            "not not (engagement > 50 and engagement <= 1000)",
            "p_alive < 0.5 or discount_rate > 50%",
            "tenure_days > 365 || avg_days_between_orders < 30 && aov != 3",
            "email ends with \"@example.com\"");

    private final List<Map<String, Object>> rows = FilterTestData.rows(42, 300);
    private Connection h2;
    private Connection pg;
    private String pgSchema;

    @BeforeAll
    void createDatabases() throws Exception {
        h2 = DriverManager.getConnection(H2_URL);
        FilterTestData.load(h2, "customer_facts", rows);
        pg = DriverManager.getConnection(PG_URL);
        pgSchema = "filter_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Statement s = pg.createStatement()) {
            s.execute("create schema " + pgSchema);
        }
        FilterTestData.load(pg, pgSchema + ".customer_facts", rows);
    }

    @AfterAll
    void dropDatabases() throws Exception {
        if (pg != null) {
            try (Statement s = pg.createStatement()) {
                s.execute("drop schema if exists " + pgSchema + " cascade");
            }
            pg.close();
        }
        if (h2 != null) {
            h2.close();
        }
    }

    private record Db(DSLContext ctx, Table<?> table) { }

    private Db db(String name) {
        return name.equals("h2")
                ? new Db(DSL.using(h2, SQLDialect.H2), Filters.customerFacts().as("c"))
                : new Db(DSL.using(pg, SQLDialect.POSTGRES), DSL.table(DSL.name(pgSchema, Filters.CUSTOMER_FACTS)));
    }

    static Set<String> sqlIds(DSLContext ctx, Table<?> table, Condition condition) {
        Field<String> id = DSL.field(table.getQualifiedName().append("customer_id"), SQLDataType.VARCHAR);
        Field<String> ws = DSL.field(table.getQualifiedName().append("workspace_id"), SQLDataType.VARCHAR);
        return new TreeSet<>(ctx.select(id).from(table).where(ws.eq(FilterTestData.WORKSPACE)).and(condition).fetch(id));
    }

    static Set<String> memoryIds(List<Map<String, Object>> rows, Predicate<FieldValues> predicate) {
        return rows.stream()
                .filter(r -> FilterTestData.WORKSPACE.equals(r.get("workspace_id")))
                .filter(r -> predicate.test(FilterTestData.values(r)))
                .map(r -> (String) r.get("customer_id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void assertAgree(Db db, FilterExpression e) {
        Set<String> sql = sqlIds(db.ctx(), db.table(), Filters.toCondition(e, db.table(), FilterTestData.AS_OF));
        Set<String> memory = memoryIds(rows, Filters.toPredicate(e, FilterTestData.AS_OF));
        assertThat(memory).as("in-memory vs SQL for: %s", Filters.render(e)).isEqualTo(sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sqlAndPredicateSelectTheSameCustomersForHandWrittenExpressions(String database) {
        Db db = db(database);
        int nonTrivial = 0;
        for (String text : HAND_WRITTEN) {
            FilterExpression e = Filters.parse(text);
            assertAgree(db, e);
            int n = memoryIds(rows, Filters.toPredicate(e, FilterTestData.AS_OF)).size();
            if (n > 0 && n < 270) {
                nonTrivial++;
            }
        }
        assertThat(nonTrivial).as("most hand-written expressions select some but not all rows")
                .isGreaterThan(HAND_WRITTEN.size() * 3 / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sqlAndPredicateSelectTheSameCustomersForRandomExpressions(String database) {
        Db db = db(database);
        Random r = new Random(7);
        for (int i = 0; i < 400; i++) {
            FilterExpression e = FilterTestData.randomExpression(r, 3);
            assertThat(Filters.parse(Filters.render(e))).as("round trip of %s", Filters.render(e)).isEqualTo(e);
            assertAgree(db, e);
        }
    }

    @Test
    void selectedCustomersMatchTheExpectedOnesForKnownCases() {
        Db db = db("h2");
        Set<String> vip = sqlIds(db.ctx(), db.table(),
                Filters.toCondition(Filters.parse("lifecycle = \"VIP\""), db.table(), FilterTestData.AS_OF));
        Set<String> expected = rows.stream()
                .filter(r -> FilterTestData.WORKSPACE.equals(r.get("workspace_id")))
                .filter(r -> "vip".equalsIgnoreCase((String) r.get("lifecycle")))
                .map(r -> (String) r.get("customer_id")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(vip).isNotEmpty().isEqualTo(expected);
        Set<String> pct = sqlIds(db.ctx(), db.table(),
                Filters.toCondition(Filters.parse("categories contains \"50%_off\""), db.table(), FilterTestData.AS_OF));
        assertThat(pct).isNotEmpty().allSatisfy(id -> assertThat(rows.stream()
                .filter(r -> r.get("customer_id").equals(id)).findFirst().orElseThrow().get("categories").toString())
                .contains("|50%_off|"));
    }
}
