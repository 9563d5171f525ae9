package com.scudo.imports.internal;

import com.scudo.shared.CustomerId;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Customers a run has already found or written, so that later chunks need not look them up again. Kept up to a
 * bound, so that a file naming millions of customers does not grow the heap with them: an id past the bound is
 * simply looked up again, which is what happens without this set.
 */
final class SeenIds {
    static final int MAX = 500_000;
    private final Set<CustomerId> ids = new HashSet<>();

    boolean contains(CustomerId id) {
        return ids.contains(id);
    }

    void add(CustomerId id) {
        if (ids.size() < MAX) {
            ids.add(id);
        }
    }

    void addAll(Collection<CustomerId> more) {
        more.forEach(this::add);
    }
}
