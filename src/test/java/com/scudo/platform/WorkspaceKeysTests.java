package com.scudo.platform;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The key lookups are planned by H2 as index lookups of each key, not as a scan of the workspace. */
class WorkspaceKeysTests {
    private static final Table<?> LEDGER = DSL.table(DSL.name("ledger"));
    private static final Field<String> WS = DSL.field(DSL.name("workspace_id"), String.class);
    private static final Field<String> ORDER = DSL.field(DSL.name("order_id"), String.class);
    private static final Field<String> CUSTOMER = DSL.field(DSL.name("customer_id"), String.class);
    private static final Field<LocalDate> DAY = DSL.field(DSL.name("ordered_on"), LocalDate.class);

    private Connection connection;
    private DSLContext h2;

    @BeforeEach
    void openH2() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        h2 = DSL.using(connection, SQLDialect.H2);
        h2.execute("create table ledger (workspace_id varchar(40), order_id varchar(40), customer_id varchar(40), "
                + "ordered_on date, primary key (workspace_id, order_id))");
        h2.execute("create index ledger_customer on ledger (workspace_id, customer_id, ordered_on)");
        h2.execute("create table daily (workspace_id varchar(40), ordered_on date, customer_id varchar(40), "
                + "primary key (workspace_id, ordered_on, customer_id))");
        h2.execute("insert into ledger select 'w', 'o' || x, 'c' || mod(x, 50), date '2026-01-01' + mod(x, 300) "
                + "from system_range(1, 2000) t(x)");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void severalKeysAreLookedUpInThePrimaryKeyOnH2() {
        String plan = plan(h2.selectFrom(LEDGER).where(WorkspaceKeys.in(h2, WS, "w", ORDER, List.of("o1", "o2", "o3"))));
        assertThat(plan).as(plan).contains("IN(ROW");
        assertThat(h2.fetchCount(LEDGER, WorkspaceKeys.in(h2, WS, "w", ORDER, List.of("o1", "o2", "o3", "o3"))))
                .isEqualTo(3);
        // what it replaces: the workspace is the only index condition, every order of it is read
        String plain = plan(h2.selectFrom(LEDGER).where(WS.eq("w").and(ORDER.in("o1", "o2", "o3"))));
        assertThat(plain).doesNotContain("IN(ROW");
    }

    @Test
    void aMiddleColumnIsPartOfTheLookedUpRow() {
        String plan = plan(h2.selectFrom(DSL.table(DSL.name("daily")))
                .where(WorkspaceKeys.in(h2, WS, "w", DAY, LocalDate.of(2026, 1, 2), CUSTOMER, List.of("c1", "c2"))));
        assertThat(plan).contains("IN(ROW");
    }

    @Test
    void noKeysMatchNothingAndOneKeyIsAnEquality() {
        assertThat(h2.fetchCount(LEDGER, WorkspaceKeys.in(h2, WS, "w", ORDER, List.of()))).isZero();
        assertThat(h2.render(WorkspaceKeys.in(h2, WS, "w", ORDER, List.of("o1")))).doesNotContain(" in ");
    }

    @Test
    void postgresKeepsThePlainList() {
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        String sql = postgres.renderInlined(WorkspaceKeys.in(postgres, WS, "w", ORDER, List.of("o1", "o2")));
        assertThat(sql).contains("\"order_id\" in ('o1', 'o2')").doesNotContain("row");
    }

    @Test
    void aJoinedKeyTableLooksEachCustomerUpBesideADateBound() {
        Table<?> keys = WorkspaceKeys.table("w", List.of("c1", "c2"));
        var query = h2.select(ORDER).from(keys.join(LEDGER).on(WS.eq(WorkspaceKeys.workspaceOf(keys))
                        .and(CUSTOMER.eq(WorkspaceKeys.keyOf(keys)))))
                .where(DAY.lt(LocalDate.of(2026, 6, 1))).orderBy(CUSTOMER, DAY);
        String plan = plan(query).replace("\"", "");
        assertThat(plan).as(plan).containsPattern("LEDGER_CUSTOMER:[^*]*WORKSPACE_ID = K.WS[^*]*CUSTOMER_ID = K.ID");
        // the same orders as the plain query finds
        List<String> plain = h2.select(ORDER).from(LEDGER)
                .where(WS.eq("w").and(CUSTOMER.in("c1", "c2")).and(DAY.lt(LocalDate.of(2026, 6, 1))))
                .orderBy(CUSTOMER, DAY).fetch(ORDER);
        assertThat(plain).hasSizeBetween(20, 79);
        assertThat(query.fetch(ORDER)).containsExactlyInAnyOrderElementsOf(plain);
    }

    private String plan(org.jooq.Query query) {
        return h2.fetchOne("explain " + h2.renderInlined(query)).get(0, String.class).toUpperCase();
    }
}
