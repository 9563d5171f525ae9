package com.scudo.customer360.internal;

import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.ProfileAndCounters;
import com.scudo.ingest.PendingCopies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Folds acknowledged records that wait for their operational copy into a view's operational part: the profile as
 * last written, and orders and interactions in their place on the timeline (a waiting version of a record replaces
 * the stored one). The live counters follow with the copy, which sets them from the analytical store's totals.
 */
final class OwnWrites {
    private OwnWrites() {
    }

    static OperationalPart.Part merge(OperationalPart.Part stored, PendingCopies.Pending pending) {
        if (pending.isEmpty()) {
            return stored;
        }
        ProfileAndCounters.Read read = stored.stored();
        ProfileAndCounters.Read profile = pending.profile().isPresent()
                ? new ProfileAndCounters.Read(pending.profile(), read.counters()) : read;
        return new OperationalPart.Part(profile,
                newestFirst(stored.orders(), pending.orders(), o -> o.id().value(), Comparator.comparing(Order::orderedAt)),
                newestFirst(stored.interactions(), pending.interactions(), Interaction::id,
                        Comparator.comparing(Interaction::occurredAt)));
    }

    /** At most as many as a view fetches, newest first, one per id. */
    private static <T> List<T> newestFirst(List<T> stored, List<T> waiting, Function<T, String> id, Comparator<T> byTime) {
        if (waiting.isEmpty()) {
            return stored;
        }
        Map<String, T> byId = new LinkedHashMap<>();
        stored.forEach(t -> byId.put(id.apply(t), t));
        waiting.forEach(t -> byId.put(id.apply(t), t));
        List<T> merged = new ArrayList<>(byId.values());
        merged.sort(byTime.reversed());
        return merged.size() > OperationalPart.TIMELINE_FETCH ? merged.subList(0, OperationalPart.TIMELINE_FETCH) : merged;
    }
}
