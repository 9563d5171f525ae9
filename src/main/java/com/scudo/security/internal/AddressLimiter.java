package com.scudo.security.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins and setup-code attempts per client address in a sliding window, so one address cannot
 * try passwords across many accounts (the per-account lock alone would allow that). Kept in memory: a restart
 * forgets it, the account locks in the database do not.
 */
@Component
class AddressLimiter {
    private static final int MAX_ADDRESSES = 10_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;

    AddressLimiter(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean blocked(String address) {
        Deque<Instant> times = failures.get(key(address));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size() >= settings.maxFailuresPerAddress();
        }
    }

    /** Failures of this address in the current window. */
    int failures(String address) {
        Deque<Instant> times = failures.get(key(address));
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size();
        }
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ADDRESSES) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(settings.addressWindow());
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
