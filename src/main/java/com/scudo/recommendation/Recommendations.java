package com.scudo.recommendation;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Recommended actions per customer and per segment. They are generated after every analytics run
 * (and after one customer's refresh); this is what the Customer 360 view, the assistant, the
 * dashboard and the API read and act on.
 */
public interface Recommendations {

    /** A customer's open recommendations, most urgent and valuable first; NotFoundException for an unknown customer. */
    List<Recommendation> openFor(WorkspaceId workspace, CustomerId customer);

    /** A customer's recommendations of one status (all statuses when null); NotFoundException for an unknown customer. */
    List<Recommendation> forCustomer(WorkspaceId workspace, CustomerId customer, RecommendationStatus status);

    List<Recommendation> list(WorkspaceId workspace, RecommendationQuery query);

    Optional<Recommendation> find(WorkspaceId workspace, String recommendationId);

    /** Open recommendations grouped by primary segment and action type, most valuable first. */
    List<SegmentAction> bySegment(WorkspaceId workspace);

    /**
     * Moves a recommendation to a new status. Throws NotFoundException for an unknown id and
     * StatusChangeRejected for a change that is not allowed; repeating the current status is a no-op.
     */
    Recommendation changeStatus(WorkspaceId workspace, String recommendationId, StatusChange change);

    /** Outcomes of done actions per type, with the configured window. */
    OutcomeReport outcomes(WorkspaceId workspace);

    /** Regenerates every customer's recommendations from the current metrics as of {@code asOf}. */
    GenerationSummary generate(WorkspaceId workspace, LocalDate asOf);

    /** Regenerates one customer's recommendations. */
    GenerationSummary generateFor(WorkspaceId workspace, java.util.Collection<CustomerId> customers, LocalDate asOf);
}
