package com.scudo.customer360;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * How fresh one part of a view is: {@code live} parts are read from the operational store at request time;
 * computed parts carry the analytics run's as-of date and when they were computed.
 */
public record Freshness(String source, boolean live, LocalDate asOf, OffsetDateTime computedAt) {

    public static Freshness realTime() {
        return new Freshness("live", true, null, null);
    }

    public static Freshness computed(LocalDate asOf, OffsetDateTime computedAt) {
        return new Freshness("analytics", false, asOf, computedAt);
    }

    /** A part with nothing computed yet (the customer has not been analysed). */
    public static Freshness notComputed() {
        return new Freshness("not analysed yet", false, null, null);
    }
}
