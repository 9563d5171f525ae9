package com.scudo.security.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets in PostgreSQL's {@code rate_limit_buckets} (migration V90) through Bucket4j's proxy manager: every instance
 * on the same database draws on the same budget. A row locked with SELECT ... FOR UPDATE per request; rows of full
 * buckets expire and are removed now and then.
 */
final class PostgresRateLimitBuckets implements RateLimitBuckets {
    static final String TABLE = "rate_limit_buckets";
    private static final int CLEAN_EVERY = 5_000;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong calls = new AtomicLong();

    PostgresRateLimitBuckets(DataSource dataSource, Duration keepAfterFull) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull))
                .build();
    }

    @Override
    public ConsumptionProbe take(String caller, BucketConfiguration configuration) {
        if (calls.incrementAndGet() % CLEAN_EVERY == 0) {
            buckets.removeExpired(1_000);
        }
        return buckets.builder().build(caller, () -> configuration).tryConsumeAndReturnRemaining(1);
    }
}
