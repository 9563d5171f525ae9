package com.scudo.recommendation.internal;

import com.scudo.platform.BulkInsert;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.internal.Tables.Recs;
import com.scudo.recommendation.internal.schema.tables.RecommendationsStage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The write path of a full generation: what the rules give is written to {@code recommendations_stage} with the
 * database's bulk path ({@link BulkInsert}: COPY on PostgreSQL) as the generation goes, then applied by a few
 * set-based statements in one transaction, so that a reader sees all of the previous generation or all of this one:
 * candidates in their cool-down are dropped, open recommendations the rules no longer give are withdrawn (deleted:
 * nobody acted on them), the open ones the rules give again are refreshed in place and the rest are added.
 * A few customers (a live order's refresh) stay on {@link RecommendationGenerator}'s small path, where a stage costs
 * more statements than it saves.
 */
@Component
class StagedRecommendations {
    static final RecommendationsStage STAGE = RecommendationsStage.RECOMMENDATIONS_STAGE;
    /** The stage's columns in the order of {@link #row}. */
    private static final List<Field<?>> COLUMNS = List.of(STAGE.GENERATION_ID, STAGE.WORKSPACE_ID, STAGE.CUSTOMER_ID,
            STAGE.ACTION_TYPE, STAGE.RECOMMENDATION_ID, STAGE.TITLE, STAGE.REASON, STAGE.EXPECTED_VALUE, STAGE.PRIORITY);
    private static final List<Field<?>> INSERTED = List.of(Recs.WORKSPACE_ID, Recs.ID, Recs.CUSTOMER_ID,
            Recs.ACTION_TYPE, Recs.OPEN_ACTION, Recs.TITLE, Recs.REASON, Recs.EXPECTED_VALUE, Recs.PRIORITY,
            Recs.STATUS, Recs.CREATED_ON, Recs.GENERATED_ON, Recs.GENERATION_ID, Recs.UPDATED_AT);

    private final DSLContext sql;
    private final TransactionTemplate tx;

    StagedRecommendations(DSLContext sql, TransactionTemplate tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** What {@link #apply} did: recommendations added, refreshed and withdrawn. */
    record Applied(int inserted, int updated, int withdrawn) {
    }

    static Object[] row(String generation, String workspace, Candidate c, String recommendationId) {
        return new Object[]{generation, workspace, c.customerId(), c.type().name(), recommendationId, c.title(),
                c.reason(), c.expectedValue(), c.type().priority()};
    }

    void write(List<Object[]> rows) {
        BulkInsert.insert(sql, STAGE, COLUMNS, rows);
    }

    /** Applies the staged generation in one transaction. */
    Applied apply(String workspace, String generation, LocalDate asOf, OffsetDateTime now, int cooldownDays) {
        if (sql.dialect().family() == SQLDialect.POSTGRES) {
            // Just bulk-written: without fresh statistics PostgreSQL takes the stage for a handful of rows and joins
            // by nested lookups. ANALYZE samples a fixed number of rows, so it stays cheap at any size.
            sql.execute("analyze {0}", STAGE);
            sql.execute("analyze {0}", Recs.TABLE);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> applyStaged(workspace, generation, asOf, now, cooldownDays));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // A live refresh opened one of these recommendations after this transaction looked for it (read
                // committed): the transaction rolled back whole, and the next attempt finds it to refresh in place.
                if (attempt == APPLY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** How often a generation is applied when live refreshes keep opening recommendations under it. */
    private static final int APPLY_ATTEMPTS = 3;

    /** Empties the generation's stage, applied or not. */
    void clear(String generation) {
        sql.deleteFrom(STAGE).where(STAGE.GENERATION_ID.eq(generation)).execute();
    }

    private Applied applyStaged(String workspace, String generation, LocalDate asOf, OffsetDateTime now, int cooldownDays) {
        OffsetDateTime cooldownStart = asOf.minusDays(cooldownDays).atStartOfDay().atOffset(ZoneOffset.UTC);
        Condition staged = STAGE.GENERATION_ID.eq(generation);
        Condition openOfStaged = Recs.WORKSPACE_ID.eq(STAGE.WORKSPACE_ID).and(Recs.CUSTOMER_ID.eq(STAGE.CUSTOMER_ID))
                .and(Recs.OPEN_ACTION.eq(STAGE.ACTION_TYPE));
        // Done or dismissed within the cool-down, with no open one to refresh: not proposed again yet.
        sql.deleteFrom(STAGE).where(staged)
                .andExists(DSL.selectOne().from(Recs.TABLE).where(Recs.WORKSPACE_ID.eq(STAGE.WORKSPACE_ID)
                        .and(Recs.CUSTOMER_ID.eq(STAGE.CUSTOMER_ID)).and(Recs.ACTION_TYPE.eq(STAGE.ACTION_TYPE))
                        .and(Recs.STATUS.ne(open())).and(Recs.STATUS_CHANGED_AT.ge(cooldownStart))))
                .andNotExists(DSL.selectOne().from(Recs.TABLE).where(openOfStaged))
                .execute();
        // Which staged rows refresh an open recommendation, decided before any is added: an INSERT … SELECT testing
        // "no open one yet" against the table it fills would, on an empty table PostgreSQL expects to stay small,
        // scan the rows it has just added once per row (11.6 s for 20,000 rows).
        sql.update(STAGE).set(STAGE.REFRESH, true).where(staged)
                .andExists(DSL.selectOne().from(Recs.TABLE).where(openOfStaged))
                .execute();
        int withdrawn = sql.deleteFrom(Recs.TABLE)
                .where(Recs.WORKSPACE_ID.eq(workspace)).and(Recs.STATUS.eq(open()))
                .andNotExists(DSL.selectOne().from(STAGE).where(staged.and(openOfStaged)))
                .execute();
        Table<?> source = DSL.select(STAGE.WORKSPACE_ID, STAGE.CUSTOMER_ID, STAGE.ACTION_TYPE, STAGE.TITLE, STAGE.REASON,
                STAGE.EXPECTED_VALUE, STAGE.PRIORITY).from(STAGE).where(staged.and(STAGE.REFRESH.isTrue())).asTable("s");
        int updated = sql.mergeInto(Recs.TABLE)
                .using(source)
                .on(Recs.WORKSPACE_ID.eq(source.field(STAGE.WORKSPACE_ID))
                        .and(Recs.CUSTOMER_ID.eq(source.field(STAGE.CUSTOMER_ID)))
                        .and(Recs.OPEN_ACTION.eq(source.field(STAGE.ACTION_TYPE))))
                .whenMatchedThenUpdate()
                .set(Recs.TITLE, source.field(STAGE.TITLE))
                .set(Recs.REASON, source.field(STAGE.REASON))
                .set(Recs.EXPECTED_VALUE, source.field(STAGE.EXPECTED_VALUE))
                .set(Recs.PRIORITY, source.field(STAGE.PRIORITY))
                .set(Recs.GENERATED_ON, asOf)
                .set(Recs.GENERATION_ID, generation)
                .set(Recs.UPDATED_AT, now)
                .execute();
        int inserted = sql.insertInto(Recs.TABLE, INSERTED)
                .select(DSL.select(STAGE.WORKSPACE_ID, STAGE.RECOMMENDATION_ID, STAGE.CUSTOMER_ID, STAGE.ACTION_TYPE,
                                STAGE.ACTION_TYPE, STAGE.TITLE, STAGE.REASON, STAGE.EXPECTED_VALUE, STAGE.PRIORITY,
                                DSL.val(open()), DSL.val(asOf), DSL.val(asOf), DSL.val(generation), DSL.val(now))
                        .from(STAGE).where(staged.and(STAGE.REFRESH.isFalse())))
                .execute();
        return new Applied(inserted, updated, withdrawn);
    }

    private static String open() {
        return RecommendationStatus.OPEN.label();
    }
}
