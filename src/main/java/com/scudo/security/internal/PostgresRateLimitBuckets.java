package com.scudo.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
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
 * on the same database draws on the same budget; rows of full buckets expire and are removed now and then.
 * A busy caller's requests are counted locally and written to its row (locked with SELECT ... FOR UPDATE) once 1 % of
 * its budget or a second has gone by (Bucket4j's delaying optimisation): one locked row per request put every request
 * of one key in a queue behind one database commit. So an instance may overdraw a shared budget by 1 % for a second.
 */
final class PostgresRateLimitBuckets implements RateLimitBuckets {
    static final String TABLE = "rate_limit_buckets";
    private static final int CLEAN_EVERY = 5_000;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private static final Duration MAX_UNSYNCHRONISED = Duration.ofSeconds(1);
    private final AtomicLong calls = new AtomicLong();
    /** The proxies keep the local count between two writes, so each caller keeps its proxy. */
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    PostgresRateLimitBuckets(DataSource dataSource, Duration keepAfterFull) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull))
                .build();
    }

    @Override
    public ConsumptionProbe take(String caller, BucketConfiguration configuration, long tokens) {
        if (calls.incrementAndGet() % CLEAN_EVERY == 0) {
            buckets.removeExpired(1_000);
        }
        BucketProxy bucket = proxies.get(caller, key -> {
            long unsynchronised = unsynchronisedTokens(configuration);
            var builder = buckets.builder();
            return (unsynchronised > 0 ? builder.withOptimization(Optimizations.delaying(
                    new DelayParameters(unsynchronised, MAX_UNSYNCHRONISED))) : builder).build(key, () -> configuration);
        });
        return bucket.tryConsumeAndReturnRemaining(tokens);
    }

    /** 1 % of the smallest limit: none for small budgets, which are then written through on every request. */
    static long unsynchronisedTokens(BucketConfiguration configuration) {
        return java.util.Arrays.stream(configuration.getBandwidths()).mapToLong(b -> b.getCapacity() / 100).min().orElse(0);
    }
}
