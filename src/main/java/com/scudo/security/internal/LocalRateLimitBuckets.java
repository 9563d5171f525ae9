package com.scudo.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/** Budgets in this process (the embedded default): a bucket per caller, forgotten once unused for a while. */
final class LocalRateLimitBuckets implements RateLimitBuckets {
    private final Cache<String, Bucket> buckets;

    LocalRateLimitBuckets(Duration forgetAfter) {
        this.buckets = Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(100_000).build();
    }

    @Override
    public ConsumptionProbe take(String caller, BucketConfiguration configuration, long tokens) {
        return buckets.get(caller, k -> {
                    var bucket = Bucket.builder();
                    for (var limit : configuration.getBandwidths()) {
                        bucket.addLimit(limit);
                    }
                    return bucket.build();
                })
                .tryConsumeAndReturnRemaining(tokens);
    }
}
