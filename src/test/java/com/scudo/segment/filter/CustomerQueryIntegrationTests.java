package com.scudo.segment.filter;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyset pagination walks every matching customer exactly once, in order, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerQueryIntegrationTests {

    private static final String PG_URL = System.getProperty("scudo.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private final List<Map<String, Object>> rows = FilterTestData.rows(11, 250);
    private Connection h2;
    private Connection pg;
    private String pgSchema;

    @BeforeAll
    void createDatabases() throws Exception {
        h2 = DriverManager.getConnection("jdbc:h2:mem:filter_page_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        FilterTestData.load(h2, "customer_facts", rows);
        pg = DriverManager.getConnection(PG_URL);
        pgSchema = "filter_page_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void pagesCoverEveryMatchingCustomerOnceInSortOrder(String database) {
        DSLContext ctx = database.equals("h2") ? DSL.using(h2, SQLDialect.H2) : DSL.using(pg, SQLDialect.POSTGRES);
        Table<?> table = database.equals("h2") ? Filters.customerFacts().as("c")
                : DSL.table(DSL.name(pgSchema, Filters.CUSTOMER_FACTS));
        Field<String> id = DSL.field(table.getQualifiedName().append("customer_id"), SQLDataType.VARCHAR);
        Field<String> ws = DSL.field(table.getQualifiedName().append("workspace_id"), SQLDataType.VARCHAR);
        Condition filter = Filters.toCondition(Filters.parse("churn < 0.9 or churn is null"), table, FilterTestData.AS_OF);
        for (FilterField sort : List.of(FilterField.CLV, FilterField.ORDERS, FilterField.LAST_ORDER, FilterField.CITY,
                FilterField.CUSTOMER_ID)) {
            for (boolean desc : List.of(false, true)) {
                Field<?> col = Filters.column(table, sort);
                List<String> expected = ctx.select(id).from(table)
                        .where(ws.eq(FilterTestData.WORKSPACE)).and(filter)
                        .orderBy(desc ? col.desc().nullsLast() : col.asc().nullsLast(), id.asc())
                        .fetch(id);
                CustomerQuery q = new CustomerQuery(table, FilterTestData.WORKSPACE, filter, sort, desc, 7);
                List<String> paged = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    CustomerQuery.Page page = q.fetchPage(ctx, List.of(id), cursor);
                    assertThat(page.rows().size()).isLessThanOrEqualTo(7);
                    for (Record r : page.rows()) {
                        paged.add(r.get(id));
                    }
                    cursor = page.nextCursor();
                    pages++;
                } while (cursor != null && pages < 1000);
                assertThat(paged).as("%s %s on %s", sort, desc ? "desc" : "asc", database).isEqualTo(expected);
                assertThat(expected.size()).isGreaterThan(100);
            }
        }
    }

    @Test
    void rejectsForeignOrTamperedCursorsAndBadArguments() {
        DSLContext ctx = DSL.using(h2, SQLDialect.H2);
        Table<?> table = Filters.customerFacts();
        CustomerQuery byClv = new CustomerQuery(table, FilterTestData.WORKSPACE, null, FilterField.CLV, false, 5);
        String cursor = byClv.fetchPage(ctx, List.of(table.asterisk()), null).nextCursor();
        assertThat(cursor).isNotNull().doesNotContain("C-");
        CustomerQuery byOrders = new CustomerQuery(table, FilterTestData.WORKSPACE, null, FilterField.ORDERS, false, 5);
        assertThatThrownBy(() -> byOrders.select(ctx, List.of(), cursor)).isInstanceOf(FilterException.class)
                .hasMessage("Invalid page cursor");
        assertThatThrownBy(() -> byClv.select(ctx, List.of(), "x' or 1=1 --")).isInstanceOf(FilterException.class);
        assertThatThrownBy(() -> new CustomerQuery(table, "w", null, FilterField.TAGS, false, 5))
                .isInstanceOf(FilterException.class);
        assertThatThrownBy(() -> new CustomerQuery(table, "w", null, FilterField.CLV, false, 0))
                .isInstanceOf(FilterException.class);
    }
}
