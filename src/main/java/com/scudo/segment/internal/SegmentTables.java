package com.scudo.segment.internal;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The tables the segment module reads and writes, named for jOOQ (no code generation). */
final class SegmentTables {
    private SegmentTables() {
    }

    static final class Defs {
        static final Table<?> TABLE = DSL.table(DSL.name("segments"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> SEGMENT_ID = text("segment_id");
        static final Field<String> NAME = text("name");
        static final Field<String> DESCRIPTION = text("description");
        static final Field<String> RULE = text("rule");
        static final Field<Integer> PRIORITY = DSL.field(DSL.name("segments", "priority"), SQLDataType.INTEGER);
        static final Field<Boolean> BUILT_IN = DSL.field(DSL.name("segments", "built_in"), SQLDataType.BOOLEAN);
        static final Field<OffsetDateTime> CREATED_AT = time("created_at");
        static final Field<OffsetDateTime> UPDATED_AT = time("updated_at");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("segments", column), SQLDataType.VARCHAR);
        }

        private static Field<OffsetDateTime> time(String column) {
            return DSL.field(DSL.name("segments", column), SQLDataType.TIMESTAMPWITHTIMEZONE);
        }
    }

    static final class Metrics {
        static final Table<?> TABLE = DSL.table(DSL.name("customer_metrics"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<LocalDate> AS_OF = DSL.field(DSL.name("customer_metrics", "as_of"), SQLDataType.LOCALDATE);
        static final Field<String> SEGMENTS = text("segments");
        static final Field<String> PRIMARY_SEGMENT = text("primary_segment");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("customer_metrics", column), SQLDataType.VARCHAR);
        }
    }

    static final class Snapshots {
        static final Table<?> TABLE = DSL.table(DSL.name("metric_snapshots"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<LocalDate> SNAPSHOT_DATE =
                DSL.field(DSL.name("metric_snapshots", "snapshot_date"), SQLDataType.LOCALDATE);
        static final Field<String> SEGMENTS = text("segments");
        static final Field<String> PRIMARY_SEGMENT = text("primary_segment");
        static final Field<BigDecimal> TOTAL_SPENT =
                DSL.field(DSL.name("metric_snapshots", "total_spent"), SQLDataType.NUMERIC(14, 2));

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("metric_snapshots", column), SQLDataType.VARCHAR);
        }
    }

    static final class Stage {
        static final Table<?> TABLE = DSL.table(DSL.name("segment_assignment_stage"));
        static final Field<String> BATCH_ID = text("batch_id");
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<String> SEGMENT_ID = text("segment_id");
        static final Field<Integer> RANK_ORDER =
                DSL.field(DSL.name("segment_assignment_stage", "rank_order"), SQLDataType.INTEGER);
        static final Field<Boolean> IS_PRIMARY =
                DSL.field(DSL.name("segment_assignment_stage", "is_primary"), SQLDataType.BOOLEAN);

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("segment_assignment_stage", column), SQLDataType.VARCHAR);
        }
    }

    /** {@code column} (a "|A|B|" set) contains {@code id}; '_' in ids must not act as a LIKE wildcard. */
    static Condition setContains(Field<String> column, String id) {
        String escaped = id.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return column.like(DSL.val("%|" + escaped + "|%", SQLDataType.VARCHAR), '!');
    }
}
