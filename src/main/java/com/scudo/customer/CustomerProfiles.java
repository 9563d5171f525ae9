package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/** Customer profiles in the operational store. */
public interface CustomerProfiles {

    Optional<CustomerProfile> find(WorkspaceId workspace, CustomerId id);

    /** Look-up by e-mail, case-insensitive. */
    Optional<CustomerProfile> findByEmail(WorkspaceId workspace, String email);

    /** Creates or replaces the profile; writes nothing when it says the same as the stored one. */
    WriteOutcome save(CustomerProfile profile);

    /** Saves many profiles in batches, for bulk loads; each is left pending for the analytical copy. */
    void saveAll(List<CustomerProfile> profiles);

    /** Visits every profile of the workspace, page by page. */
    void forEach(WorkspaceId workspace, Consumer<CustomerProfile> visitor);

    boolean isEmpty(WorkspaceId workspace);

    /**
     * Visits the key of every stored customer of every workspace, page by page (a scan reading only the keys),
     * while it answers true; for warming copies of the store at start.
     */
    void forEachKey(BiPredicate<WorkspaceId, CustomerId> visitor);
}
