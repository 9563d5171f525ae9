package com.scudo.security.internal;

import com.scudo.platform.RequestBudget;
import com.scudo.platform.RequestBudgetSpentException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Each caller's request budget: an API key's, or a signed-in person's. {@link RateLimitFilter} takes one token as a
 * request arrives; a request doing the work of several (a batch of orders) takes the rest once it knows its weight,
 * before doing any of it, so one request of 500 orders costs what 500 requests of one would. Strangers are not
 * counted here. When the budget store fails the request goes through: a limit must not take the service down.
 */
@Component
class CallerBudgets implements RequestBudget {
    private static final Logger log = LoggerFactory.getLogger(CallerBudgets.class);
    private final RateLimitBuckets buckets;
    private final RateLimitSettings settings;
    private final BucketConfiguration perApiKey;
    private final BucketConfiguration perUser;

    CallerBudgets(RateLimitBuckets buckets, RateLimitSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
        this.perApiKey = configuration(settings.perApiKey());
        this.perUser = configuration(settings.perUser());
    }

    private static BucketConfiguration configuration(RateLimitSettings.Budget budget) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(budget.requests()).refillGreedy(budget.requests(), budget.period()))
                .build();
    }

    /** A known caller, whose requests count; strangers are refused or limited elsewhere (sign-in's own limits). */
    static boolean counted(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    /**
     * Takes {@code tokens} from the caller's budget, all or none; empty when the budget store failed, and the
     * request then goes through.
     */
    Optional<ConsumptionProbe> take(Authentication caller, long tokens) {
        try {
            return Optional.of(caller instanceof ApiKeyAuthentication key
                    ? buckets.take("key:" + key.key().id(), perApiKey, tokens)
                    : buckets.take("user:" + caller.getName(), perUser, tokens));
        } catch (RuntimeException e) {
            log.warn("Rate limit not checked, the budget store failed: {}", e.toString());
            return Optional.empty();
        }
    }

    /** What a spent budget belongs to, in the refusal's words. */
    static String owner(Authentication caller) {
        return caller instanceof ApiKeyAuthentication ? "API key" : "account";
    }

    /** Whole seconds until the budget can pay, at least one: the {@code Retry-After} of a 429. */
    static long retryAfterSeconds(ConsumptionProbe probe) {
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    @Override
    public void weigh(long weight) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (weight <= 1 || !settings.enabled() || !counted(caller)) {
            return;
        }
        RateLimitSettings.Budget budget = caller instanceof ApiKeyAuthentication ? settings.perApiKey() : settings.perUser();
        if (weight > budget.requests()) {
            throw new RequestBudgetSpentException("This request weighs " + weight + " requests (one an item), more than "
                    + "this " + owner(caller) + "'s whole budget of " + budget.requests() + " per " + budget.period().toSeconds()
                    + " s; nothing was written: send fewer items in one request.", budget.period().toSeconds());
        }
        ConsumptionProbe probe = take(caller, weight - 1).orElse(null); // the filter took the first
        if (probe == null || probe.isConsumed()) {
            return;
        }
        long seconds = retryAfterSeconds(probe);
        throw new RequestBudgetSpentException("This request weighs " + weight + " requests (one an item) and this "
                + owner(caller) + " has " + probe.getRemainingTokens() + " left of its request budget; nothing was "
                + "written. Try again in " + seconds + " s, or send fewer items in one request.", seconds);
    }
}
