package com.scudo.privacy;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

/**
 * Privacy requests about one customer: everything held about them (an access request), and their erasure
 * from both stores. Both are audited with the customer's id only. A customer nothing is held about is a
 * {@link com.scudo.shared.NotFoundException}.
 */
public interface CustomerPrivacy {

    /** Every record held about the customer, in both stores, as it is stored. */
    CustomerDataExport export(WorkspaceId workspace, CustomerId customer);

    /**
     * Erases the customer from both stores. The request is recorded first, so an interrupted erasure is completed
     * by the next call or by the background retry; asking again after completion gives the same answer. While an
     * analytics run is in progress the erasure is done but stays {@code pending}, and is repeated after the run
     * (which may have written the customer's scores again).
     */
    ErasureResult erase(WorkspaceId workspace, CustomerId customer);

    /** Completes every erasure left pending (after a crash or an analytics run); returns how many completed. */
    int completePendingErasures();
}
