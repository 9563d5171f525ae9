package com.scudo.identity.internal;

import java.util.List;

/** What matching knows of one customer, as stored (normalised by {@link Prepared}). */
public record MatchRecord(String id, String name, String email, String phone, String city, String country,
                          List<String> externalIds) {
    public MatchRecord {
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
}
