package com.scudo.security.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the budgets live: in this process, or in PostgreSQL for every instance on the same store. */
interface RateLimitBuckets {
    /** Takes one request from the caller's budget (made from {@code configuration} on first use). */
    ConsumptionProbe take(String caller, BucketConfiguration configuration);
}
