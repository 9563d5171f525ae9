package com.scudo.ingest.internal;

import org.springframework.dao.DataIntegrityViolationException;

import java.util.function.Supplier;

/** A write that lost a race for the same id (another request inserted it between our look-up and our insert) looks again. */
public final class RaceRetry {
    private static final int ATTEMPTS = 3;

    private RaceRetry() {
    }

    public static <T> T attempt(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DataIntegrityViolationException | org.jooq.exception.IntegrityConstraintViolationException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
