package com.scudo.platform;

/** The caller's request budget (the rate limit) cannot pay for this request now: a 429 with {@code Retry-After}. */
public class RequestBudgetSpentException extends RuntimeException {
    private final long retryAfterSeconds;

    public RequestBudgetSpentException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
