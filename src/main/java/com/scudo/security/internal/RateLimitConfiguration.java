package com.scudo.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the rate limits' budgets live: in PostgreSQL when that is the analytical store (so every
 * instance shares them), in memory on the embedded default, which runs as one instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /** The budgets; the security filter chains each put a {@link RateLimitFilter} in front of them. */
    @Bean
    RateLimitBuckets rateLimitBuckets(RateLimitSettings settings, DataSource dataSource) {
        java.time.Duration longest = settings.perApiKey().period().compareTo(settings.perUser().period()) > 0
                ? settings.perApiKey().period() : settings.perUser().period();
        RateLimitBuckets buckets = isPostgres(dataSource)
                ? new PostgresRateLimitBuckets(dataSource, longest)
                : new LocalRateLimitBuckets(longest.multipliedBy(2));
        log.info("Rate limits {}: {} requests per {} per API key, {} per {} per person, kept {}",
                settings.enabled() ? "on" : "off", settings.perApiKey().requests(), settings.perApiKey().period(),
                settings.perUser().requests(), settings.perUser().period(),
                buckets instanceof PostgresRateLimitBuckets ? "in PostgreSQL (shared)" : "in memory");
        return settings.enabled() ? buckets : (caller, configuration, tokens) -> ALWAYS;
    }

    private static final io.github.bucket4j.ConsumptionProbe ALWAYS =
            io.github.bucket4j.ConsumptionProbe.consumed(Long.MAX_VALUE, 0);

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The analytical store cannot be reached: " + e.getMessage(), e);
        }
    }
}
