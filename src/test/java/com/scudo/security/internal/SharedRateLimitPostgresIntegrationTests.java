package com.scudo.security.internal;

import com.scudo.support.PostgresTestDatabase;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances over one PostgreSQL store share each caller's budget: Bucket4j's PostgreSQL proxy manager over the
 * table migration V90 creates.
 */
class SharedRateLimitPostgresIntegrationTests {

    @Test
    void twoInstancesOverOneDatabaseDrawOnTheSameBudget() throws Exception {
        PGSimpleDataSource dataSource = migratedDatabase();
        RateLimitBuckets first = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        RateLimitBuckets second = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        BucketConfiguration fivePerHour = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofHours(1))).build();

        for (int i = 0; i < 5; i++) {
            RateLimitBuckets instance = i % 2 == 0 ? first : second;
            assertThat(instance.take("key:shared", fivePerHour).isConsumed()).as("request %d", i + 1).isTrue();
        }

        assertThat(first.take("key:shared", fivePerHour).isConsumed()).isFalse();
        assertThat(second.take("key:shared", fivePerHour).isConsumed()).isFalse();
        assertThat(second.take("key:shared", fivePerHour).getNanosToWaitForRefill())
                .isBetween(Duration.ofMinutes(1).toNanos(), Duration.ofMinutes(13).toNanos());
        assertThat(first.take("key:other", fivePerHour).isConsumed()).as("another caller's budget").isTrue();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + PostgresRateLimitBuckets.TABLE)) {
            rows.next();
            assertThat(rows.getInt(1)).as("one row per caller").isEqualTo(2);
        }
    }

    @Test
    void aRequestWeighingSeveralTakesThemAllOrNone() throws Exception {
        PGSimpleDataSource dataSource = migratedDatabase();
        RateLimitBuckets first = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        RateLimitBuckets second = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        BucketConfiguration tenPerHour = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofHours(1))).build();

        assertThat(first.take("key:batch", tenPerHour, 7).isConsumed()).isTrue();
        var refused = second.take("key:batch", tenPerHour, 4);

        assertThat(refused.isConsumed()).as("3 left, 4 wanted").isFalse();
        assertThat(refused.getRemainingTokens()).isEqualTo(3);
        assertThat(second.take("key:batch", tenPerHour, 3).isConsumed()).as("the refused take took nothing").isTrue();
        assertThat(first.take("key:batch", tenPerHour).isConsumed()).isFalse();
    }

    @Test
    void aLargeBudgetIsCountedLocallyBetweenWritesAndStillShared() throws Exception {
        PGSimpleDataSource dataSource = migratedDatabase();
        RateLimitBuckets first = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        RateLimitBuckets second = new PostgresRateLimitBuckets(dataSource, Duration.ofMinutes(1));
        BucketConfiguration thousandPerHour = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1_000).refillGreedy(1_000, Duration.ofHours(1))).build();
        assertThat(PostgresRateLimitBuckets.unsynchronisedTokens(thousandPerHour)).isEqualTo(10);

        int consumed = 0;
        for (int i = 0; i < 1_100; i++) {
            if ((i % 2 == 0 ? first : second).take("key:busy", thousandPerHour).isConsumed()) {
                consumed++;
            }
        }

        // Each instance may overdraw by what it counted locally since its last write: 1 % of the budget.
        assertThat(consumed).isBetween(1_000, 1_020);
    }

    /** A new database with only the rate limit table of migration V90. */
    private PGSimpleDataSource migratedDatabase() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgresTestDatabase.newDatabase());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(new String(getClass().getResourceAsStream("/db/migration/V90__rate_limit_buckets.sql")
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
        return dataSource;
    }
}
