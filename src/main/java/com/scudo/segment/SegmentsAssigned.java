package com.scudo.segment;

import com.scudo.analytics.RunStep;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published once the customers of a workspace (or some customers, when {@code customers} is set) have been put in
 * their segments after new metrics: what reads segments, such as the recommendations, listens to this rather than
 * to the analytics' own events. {@code runId} is the full run's, null for a refresh of some customers.
 */
public record SegmentsAssigned(WorkspaceId workspace, LocalDate asOf, String runId, Set<CustomerId> customers,
                               int memberships) implements RunStep {

    public boolean wholeWorkspace() {
        return customers == null;
    }

    @Override
    public String step() {
        return "segments assigned";
    }
}
