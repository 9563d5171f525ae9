package com.scudo.analytics;

import org.jooq.Field;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static com.scudo.analytics.internal.schema.Tables.ANALYTICS_RUNS;
import static com.scudo.analytics.internal.schema.Tables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.schema.Tables.BEHAVIORAL_ANALYTICS_STAGE;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS_STAGE;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_SEGMENTS_STAGE;
import static com.scudo.analytics.internal.schema.Tables.INTERACTION_FACTS;
import static com.scudo.analytics.internal.schema.Tables.METRIC_SNAPSHOTS;
import static com.scudo.analytics.internal.schema.Tables.ORDER_FACTS;

/**
 * The analytical tables' columns that other modules join with their own tables in one statement (recommendations
 * with the orders that followed them, segment figures with the scores), typed from the classes generated from the
 * migrations. A join cannot pass through a port; reads that need no join go through {@link ScoredCustomers} and
 * {@link WorkspaceScores}; the privacy module reaches every customer row through {@link #CUSTOMER_ROWS}. Only the
 * columns some module joins on or reads are here, and none is written outside analytics but the segment module's
 * membership columns and the privacy module's erasure.
 */
public final class ScoreTables {
    /**
     * Every analytical table with rows keyed by (workspace_id, customer_id), for a customer's data export and
     * erasure: the profile copy, order and interaction facts, scores with their reasons, behaviour, the dated
     * snapshots, and the scores, behaviour and segments of a run being written (normally empty).
     */
    public static final List<Table<?>> CUSTOMER_ROWS = List.of(CUSTOMER_DIM, ORDER_FACTS, INTERACTION_FACTS,
            CUSTOMER_METRICS, BEHAVIORAL_ANALYTICS, METRIC_SNAPSHOTS, CUSTOMER_METRICS_STAGE, BEHAVIORAL_ANALYTICS_STAGE,
            CUSTOMER_SEGMENTS_STAGE);

    private ScoreTables() {
    }

    /** The runs, whose messages may name a customer. */
    public static final class Runs {
        public static final Table<?> TABLE = ANALYTICS_RUNS;
        public static final Field<String> WORKSPACE_ID = ANALYTICS_RUNS.WORKSPACE_ID;
        public static final Field<String> RUN_ID = ANALYTICS_RUNS.RUN_ID;
        public static final Field<String> MESSAGE = ANALYTICS_RUNS.MESSAGE;

        private Runs() {
        }
    }

    /** The scores of the last run, one row per customer. */
    public static final class Metrics {
        public static final Table<?> TABLE = CUSTOMER_METRICS;
        public static final Field<String> WORKSPACE_ID = CUSTOMER_METRICS.WORKSPACE_ID;
        public static final Field<String> CUSTOMER_ID = CUSTOMER_METRICS.CUSTOMER_ID;
        public static final Field<LocalDate> AS_OF = CUSTOMER_METRICS.AS_OF;
        public static final Field<Integer> ORDERS = CUSTOMER_METRICS.ORDERS;
        public static final Field<BigDecimal> TOTAL_SPENT = CUSTOMER_METRICS.TOTAL_SPENT;
        public static final Field<BigDecimal> AOV = CUSTOMER_METRICS.AOV;
        public static final Field<Integer> DAYS_SINCE_LAST_ORDER = CUSTOMER_METRICS.DAYS_SINCE_LAST_ORDER;
        public static final Field<Integer> TENURE_DAYS = CUSTOMER_METRICS.TENURE_DAYS;
        public static final Field<BigDecimal> CHURN = CUSTOMER_METRICS.CHURN;
        public static final Field<BigDecimal> P_ALIVE = CUSTOMER_METRICS.P_ALIVE;
        public static final Field<BigDecimal> CLV = CUSTOMER_METRICS.CLV;
        public static final Field<BigDecimal> EXPECTED_ORDERS = CUSTOMER_METRICS.EXPECTED_ORDERS;
        public static final Field<LocalDate> NEXT_ORDER_DATE = CUSTOMER_METRICS.NEXT_ORDER_DATE;
        public static final Field<String> LIFECYCLE = CUSTOMER_METRICS.LIFECYCLE;
        /** Segment ids as {@code "|A|B|"}, written by the segment module's assignment. */
        public static final Field<String> SEGMENTS = CUSTOMER_METRICS.SEGMENTS;
        public static final Field<String> PRIMARY_SEGMENT = CUSTOMER_METRICS.PRIMARY_SEGMENT;

        private Metrics() {
        }
    }

    /**
     * The segment columns of the whole-workspace run being written, one row per staged customer with at least one
     * segment, filled by {@link StagedSegments} before the swap, which writes them with the scores (a staged customer
     * without a row gets none). Emptied with the run's other stages.
     */
    public static final class StagedSegmentColumns {
        public static final Table<?> TABLE = CUSTOMER_SEGMENTS_STAGE;
        public static final Field<String> WORKSPACE_ID = CUSTOMER_SEGMENTS_STAGE.WORKSPACE_ID;
        public static final Field<String> CUSTOMER_ID = CUSTOMER_SEGMENTS_STAGE.CUSTOMER_ID;
        public static final Field<String> SEGMENTS = CUSTOMER_SEGMENTS_STAGE.SEGMENTS;
        public static final Field<String> PRIMARY_SEGMENT = CUSTOMER_SEGMENTS_STAGE.PRIMARY_SEGMENT;

        private StagedSegmentColumns() {
        }
    }

    /** The dated copies of the scores, one row per customer and run date. */
    public static final class Snapshots {
        public static final Table<?> TABLE = METRIC_SNAPSHOTS;
        public static final Field<String> WORKSPACE_ID = METRIC_SNAPSHOTS.WORKSPACE_ID;
        public static final Field<String> CUSTOMER_ID = METRIC_SNAPSHOTS.CUSTOMER_ID;
        public static final Field<LocalDate> SNAPSHOT_DATE = METRIC_SNAPSHOTS.SNAPSHOT_DATE;
        public static final Field<BigDecimal> TOTAL_SPENT = METRIC_SNAPSHOTS.TOTAL_SPENT;
        public static final Field<String> SEGMENTS = METRIC_SNAPSHOTS.SEGMENTS;
        public static final Field<String> PRIMARY_SEGMENT = METRIC_SNAPSHOTS.PRIMARY_SEGMENT;

        private Snapshots() {
        }
    }

    /** Behaviour of the last run, one row per customer. */
    public static final class Behaviour {
        public static final Table<?> TABLE = BEHAVIORAL_ANALYTICS;
        public static final Field<String> WORKSPACE_ID = BEHAVIORAL_ANALYTICS.WORKSPACE_ID;
        public static final Field<String> CUSTOMER_ID = BEHAVIORAL_ANALYTICS.CUSTOMER_ID;
        public static final Field<String> TOP_CATEGORY = BEHAVIORAL_ANALYTICS.TOP_CATEGORY;
        public static final Field<BigDecimal> TYPICAL_DAYS_BETWEEN_ORDERS = BEHAVIORAL_ANALYTICS.TYPICAL_DAYS_BETWEEN_ORDERS;
        public static final Field<BigDecimal> AVG_DAYS_BETWEEN_ORDERS = BEHAVIORAL_ANALYTICS.AVG_DAYS_BETWEEN_ORDERS;

        private Behaviour() {
        }
    }

    /** The analytical copy of the customer profiles. */
    public static final class Customers {
        public static final Table<?> TABLE = CUSTOMER_DIM;
        public static final Field<String> WORKSPACE_ID = CUSTOMER_DIM.WORKSPACE_ID;
        public static final Field<String> CUSTOMER_ID = CUSTOMER_DIM.CUSTOMER_ID;
        public static final Field<String> NAME = CUSTOMER_DIM.NAME;
        public static final Field<String> EMAIL = CUSTOMER_DIM.EMAIL;
        public static final Field<String> PHONE = CUSTOMER_DIM.PHONE;

        private Customers() {
        }
    }

    /** The analytical copy of the orders. */
    public static final class Orders {
        public static final Table<?> TABLE = ORDER_FACTS;
        public static final Field<String> WORKSPACE_ID = ORDER_FACTS.WORKSPACE_ID;
        public static final Field<String> ORDER_ID = ORDER_FACTS.ORDER_ID;
        public static final Field<String> CUSTOMER_ID = ORDER_FACTS.CUSTOMER_ID;
        public static final Field<OffsetDateTime> ORDERED_AT = ORDER_FACTS.ORDERED_AT;
        public static final Field<BigDecimal> AMOUNT = ORDER_FACTS.AMOUNT;

        private Orders() {
        }
    }
}
