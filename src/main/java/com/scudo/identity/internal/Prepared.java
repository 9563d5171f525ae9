package com.scudo.identity.internal;

import java.util.List;

/** A customer's normalised matching fields, computed once per candidate search. */
record Prepared(String id, String name, String sortedName, String email, String emailUser, String phone,
                String phoneTail, String city, String country, List<String> externalIds) {

    static Prepared of(MatchRecord r, String defaultRegion) {
        String name = Normalise.name(r.name());
        String email = Normalise.email(r.email());
        return new Prepared(r.id(), name, name == null ? null : Normalise.sortedName(name), email,
                Normalise.emailUser(email), Normalise.phone(r.phone(), r.country(), defaultRegion),
                Normalise.phoneTail(r.phone()), Normalise.place(r.city()), Normalise.place(r.country()),
                r.externalIds());
    }
}
