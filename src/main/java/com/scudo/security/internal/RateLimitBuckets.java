package com.scudo.security.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the budgets live: in this process, or in PostgreSQL for every instance on the same store. */
interface RateLimitBuckets {
    /** Takes {@code tokens} from the caller's budget (made from {@code configuration} on first use), all or none. */
    ConsumptionProbe take(String caller, BucketConfiguration configuration, long tokens);

    /** Takes one request from the caller's budget. */
    default ConsumptionProbe take(String caller, BucketConfiguration configuration) {
        return take(caller, configuration, 1);
    }
}
