package com.scudo.assistant.internal;

import com.scudo.assistant.ActionItem;
import com.scudo.assistant.CustomerRow;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.Recommendations;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The open recommended actions behind an answer, from the recommendations module. */
@Component
class ActionLookup {
    /** Customers whose actions a list answer looks up: the first ones of the list. */
    static final int CUSTOMERS_LOOKED_UP = 10;
    private final Recommendations recommendations;

    ActionLookup(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    List<ActionItem> forCustomer(WorkspaceId workspace, String customerId) {
        return recommendations.openFor(workspace, CustomerId.of(customerId)).stream().map(ActionLookup::item).toList();
    }

    /** The most urgent open action of each of the first listed customers, most urgent and valuable first. */
    List<ActionItem> forCustomers(WorkspaceId workspace, List<CustomerRow> rows) {
        return rows.stream().limit(CUSTOMERS_LOOKED_UP)
                .map(r -> recommendations.openFor(workspace, CustomerId.of(r.customerId())).stream().findFirst().orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Recommendation::priority)
                        .thenComparing(Recommendation::expectedValue, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(ActionLookup::item).toList();
    }

    /** Segment-level actions ("Send a retention offer to 2 at-risk customers worth $3,150") of one primary segment. */
    List<ActionItem> forSegment(WorkspaceId workspace, String segmentId) {
        return recommendations.bySegment(workspace).stream().filter(a -> segmentId.equals(a.segment()))
                .map(a -> new ActionItem(null, null, a.type().name(), a.summary(), null, a.expectedValue())).toList();
    }

    /** The shop's open recommendations, most urgent and valuable first. */
    List<ActionItem> first(WorkspaceId workspace, int limit) {
        return recommendations.list(workspace, com.scudo.recommendation.RecommendationQuery.open(limit)).stream()
                .map(ActionLookup::item).toList();
    }

    /** Actions for whole segments, most valuable first. */
    List<ActionItem> forSegments(WorkspaceId workspace) {
        return recommendations.bySegment(workspace).stream()
                .sorted(Comparator.comparing(com.scudo.recommendation.SegmentAction::expectedValue,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .map(a -> new ActionItem(null, null, a.type().name(), a.summary(), null, a.expectedValue())).toList();
    }

    private static ActionItem item(Recommendation r) {
        return new ActionItem(r.customerId(), r.customerName(), r.type().name(), r.title(), r.reason(), r.expectedValue());
    }
}
