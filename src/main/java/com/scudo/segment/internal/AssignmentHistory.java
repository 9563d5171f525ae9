package com.scudo.segment.internal;

import com.scudo.platform.WorkspaceKeys;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;

/**
 * Brings segment_assignments in line with one staged assignment pass, set-based. A row is one period during
 * which a customer held a segment (with a given primary flag): {@code since} inclusive, {@code until}
 * exclusive, null while current. Re-running the same date converges to the same rows: an assignment opened
 * earlier that day and no longer true is deleted rather than closed, one closed that day and true again is
 * reopened.
 */
final class AssignmentHistory {
    private static final String MATCHES_STAGE = """
            exists (select 1 from segment_assignment_stage s
                    where s.batch_id = {0} and s.customer_id = a.customer_id
                      and s.segment_id = a.segment_id and s.is_primary = a.is_primary)""";

    private static final org.jooq.Field<String> A_WORKSPACE = DSL.field(DSL.name("a", "workspace_id"), String.class);
    private static final org.jooq.Field<String> A_CUSTOMER = DSL.field(DSL.name("a", "customer_id"), String.class);

    private final DSLContext sql;
    private final String workspace;
    /** The customers of the pass, or null for the whole workspace. */
    private final java.util.List<String> customers;
    private final LocalDate asOf;
    /** {0} the batch, {1} the workspace, {2} the date, {3} the pass's rows of {@code segment_assignments a}. */
    private final Object[] binds;

    AssignmentHistory(DSLContext sql, String workspace, java.util.List<String> customers, LocalDate asOf, String batch) {
        this.sql = sql;
        this.workspace = workspace;
        this.customers = customers;
        this.asOf = asOf;
        // the customers are looked up by key on both databases (WorkspaceKeys)
        this.binds = new Object[]{DSL.val(batch), DSL.val(workspace), DSL.val(asOf), customers == null
                ? A_WORKSPACE.eq(workspace) : WorkspaceKeys.in(sql, A_WORKSPACE, workspace, A_CUSTOMER, customers)};
    }

    void update() {
        LocalDate newest = newestSince();
        if (newest != null && newest.isAfter(asOf)) {
            return; // an older run than the history already holds: keep the history as it is
        }
        execute("update segment_assignments a set until = {2} where {3} and a.until is null and a.since < {2} and not "
                + MATCHES_STAGE);
        execute("delete from segment_assignments a where {3} and a.until is null and a.since = {2} and not " + MATCHES_STAGE);
        execute("update segment_assignments a set until = null where {3} and a.until = {2} and " + MATCHES_STAGE + """
                 and not exists (select 1 from segment_assignments o
                                 where o.workspace_id = a.workspace_id and o.customer_id = a.customer_id
                                   and o.segment_id = a.segment_id and o.until is null)""");
        execute("""
                insert into segment_assignments (workspace_id, customer_id, segment_id, is_primary, since, until)
                select s.workspace_id, s.customer_id, s.segment_id, s.is_primary, {2}, null
                from segment_assignment_stage s
                where s.batch_id = {0} and not exists (select 1 from segment_assignments a
                        where a.workspace_id = s.workspace_id and a.customer_id = s.customer_id
                          and a.segment_id = s.segment_id and a.until is null)""");
    }

    private LocalDate newestSince() {
        if (customers != null && WorkspaceKeys.isH2(sql)) {
            // beside MAX, H2 reads the workspace's every row for a list of keys; joined to them it looks each one up
            org.jooq.Table<?> keys = WorkspaceKeys.table(workspace, customers);
            org.jooq.Table<?> a = DSL.table(DSL.name("segment_assignments")).as("a");
            return sql.select(DSL.max(DSL.field(DSL.name("a", "since"), LocalDate.class)))
                    .from(keys.join(a).on(A_WORKSPACE.eq(WorkspaceKeys.workspaceOf(keys))
                            .and(A_CUSTOMER.eq(WorkspaceKeys.keyOf(keys)))))
                    .fetchOne(0, LocalDate.class);
        }
        return sql.resultQuery("select max(a.since) from segment_assignments a where {3}", binds).fetchOne(0, LocalDate.class);
    }

    private void execute(String template) {
        sql.query(template, binds).execute();
    }
}
