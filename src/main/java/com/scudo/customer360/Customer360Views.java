package com.scudo.customer360;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

/**
 * The Customer 360 read side: one customer's whole picture in one call, customer look-up by name or
 * e-mail, the filtered customer list and the workspace overview. Used by the REST API and the CLI.
 * Unknown customers surface as {@link com.scudo.shared.NotFoundException}, malformed input as
 * {@link com.scudo.shared.InvalidInputException} / {@link com.scudo.shared.InvalidValueException}, filter
 * errors as {@link com.scudo.segment.filter.FilterException} (with position).
 */
public interface Customer360Views {

    /** Most orders and interactions a view shows; the totals cover all of them. */
    int TIMELINE_LIMIT = 20;

    /** The 360 view of one customer by id. */
    Customer360 view(WorkspaceId workspace, CustomerId customer);

    /** The 360 view by customer id or e-mail address (case-insensitive); a malformed value is a 400. */
    Customer360 viewByIdOrEmail(WorkspaceId workspace, String idOrEmail);

    /**
     * Who {@code text} names: a customer id, an e-mail or a (partial, case-insensitive) name. The lookup is
     * resolved when exactly one customer fits; otherwise it lists the candidates, never a guess.
     */
    CustomerLookup lookup(WorkspaceId workspace, String text);

    /** {@link #lookup} followed by the view when it resolved to one customer. */
    Customer360Result find(WorkspaceId workspace, String text);

    /**
     * Customers matching a filter expression (null or blank: all), sorted by a filter field ({@code "clv,desc"},
     * {@code "-clv"} or {@code "name"}; default {@code total_spent,desc}), {@code limit} 1..{@value CustomerPage#MAX_LIMIT},
     * continuing after {@code cursor} from the previous page.
     */
    default CustomerPage list(WorkspaceId workspace, String filter, String sort, int limit, String cursor) {
        return list(workspace, filter, null, sort, limit, cursor);
    }

    /**
     * {@link #list(WorkspaceId, String, String, int, String)} narrowed to customers whose name or e-mail contains
     * {@code search} (case-insensitive; a customer id matches whole), null or blank for everyone.
     */
    CustomerPage list(WorkspaceId workspace, String filter, String search, String sort, int limit, String cursor);

    /** The workspace's headline figures. */
    Overview overview(WorkspaceId workspace);
}
