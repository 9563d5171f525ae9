package com.scudo.analytics.internal;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Optional;

/** analytics_schedules: a workspace's own re-score cron, where it set one. */
@Component
class ScheduleStore {
    private static final Table<?> SCHEDULES = DSL.table(DSL.name("analytics_schedules"));
    private static final Field<String> WORKSPACE = MetricTables.text("workspace_id");
    private static final Field<String> CRON = MetricTables.text("rescore_cron");
    private static final Field<String> ZONE = MetricTables.text("cron_zone");
    private static final Field<OffsetDateTime> UPDATED_AT = MetricTables.time("updated_at");

    private final DSLContext sql;

    ScheduleStore(DSLContext sql) {
        this.sql = sql;
    }

    record Own(String cron, String zone) {
    }

    Optional<Own> find(String workspace) {
        return sql.select(CRON, ZONE).from(SCHEDULES).where(WORKSPACE.eq(workspace))
                .fetchOptional(r -> new Own(r.get(CRON), r.get(ZONE)));
    }

    void put(String workspace, String cron, String zone, OffsetDateTime at) {
        sql.transaction(tx -> {
            tx.dsl().deleteFrom(SCHEDULES).where(WORKSPACE.eq(workspace)).execute();
            tx.dsl().insertInto(SCHEDULES).set(WORKSPACE, workspace).set(CRON, cron).set(ZONE, zone).set(UPDATED_AT, at)
                    .execute();
        });
    }

    void remove(String workspace) {
        sql.deleteFrom(SCHEDULES).where(WORKSPACE.eq(workspace)).execute();
    }
}
