package com.scudo.segment.internal;

import com.scudo.analytics.ScoreTables;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.scudo.segment.internal.schema.Tables.SEGMENTS;

/** The tables the segment module reads and writes, for jOOQ. */
final class SegmentTables {
    private SegmentTables() {
    }

    /** The segment definitions: this module's own table, from its generated classes. */
    static final class Defs {
        static final Table<?> TABLE = SEGMENTS;
        static final Field<String> WORKSPACE_ID = SEGMENTS.WORKSPACE_ID;
        static final Field<String> SEGMENT_ID = SEGMENTS.SEGMENT_ID;
        static final Field<String> NAME = SEGMENTS.NAME;
        static final Field<String> DESCRIPTION = SEGMENTS.DESCRIPTION;
        static final Field<String> RULE = SEGMENTS.RULE;
        static final Field<Integer> PRIORITY = SEGMENTS.PRIORITY;
        static final Field<Boolean> BUILT_IN = SEGMENTS.BUILT_IN;
        static final Field<OffsetDateTime> CREATED_AT = SEGMENTS.CREATED_AT;
        static final Field<OffsetDateTime> UPDATED_AT = SEGMENTS.UPDATED_AT;
    }

    /** Analytics' scores and their snapshots, as it exports them for joins; the segment columns are this module's output. */
    static final class Metrics {
        static final Table<?> TABLE = ScoreTables.Metrics.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Metrics.WORKSPACE_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Metrics.CUSTOMER_ID;
        static final Field<LocalDate> AS_OF = ScoreTables.Metrics.AS_OF;
        static final Field<String> SEGMENTS = ScoreTables.Metrics.SEGMENTS;
        static final Field<String> PRIMARY_SEGMENT = ScoreTables.Metrics.PRIMARY_SEGMENT;
        static final Field<BigDecimal> TOTAL_SPENT = ScoreTables.Metrics.TOTAL_SPENT;
        static final Field<BigDecimal> CHURN = ScoreTables.Metrics.CHURN;
        static final Field<BigDecimal> CLV = ScoreTables.Metrics.CLV;
    }

    static final class Snapshots {
        static final Table<?> TABLE = ScoreTables.Snapshots.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Snapshots.WORKSPACE_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Snapshots.CUSTOMER_ID;
        static final Field<LocalDate> SNAPSHOT_DATE = ScoreTables.Snapshots.SNAPSHOT_DATE;
        static final Field<String> SEGMENTS = ScoreTables.Snapshots.SEGMENTS;
        static final Field<String> PRIMARY_SEGMENT = ScoreTables.Snapshots.PRIMARY_SEGMENT;
        static final Field<BigDecimal> TOTAL_SPENT = ScoreTables.Snapshots.TOTAL_SPENT;
    }

    /** {@code column} (a "|A|B|" set) contains {@code id}; '_' in ids must not act as a LIKE wildcard. */
    static Condition setContains(Field<String> column, String id) {
        String escaped = id.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return column.like(DSL.val("%|" + escaped + "|%", SQLDataType.VARCHAR), '!');
    }
}
