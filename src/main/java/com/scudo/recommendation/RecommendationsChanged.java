package com.scudo.recommendation;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.Set;

/**
 * Published after recommendations were written: regenerated for some customers, for the whole workspace
 * ({@code customers} null), or one changed status. What keeps copies of a customer's open recommendations (the 360
 * view's cache) drops them; listeners that must see the write committed listen after the commit.
 */
public record RecommendationsChanged(WorkspaceId workspace, Set<CustomerId> customers) {
    public RecommendationsChanged {
        customers = customers == null ? null : Set.copyOf(customers);
    }

    public static RecommendationsChanged wholeWorkspace(WorkspaceId workspace) {
        return new RecommendationsChanged(workspace, null);
    }

    public boolean wholeWorkspace() {
        return customers == null;
    }
}
