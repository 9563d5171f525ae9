package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

/**
 * The analytical store's customers as other modules read them: analytics owns customer_dim and the scores, and
 * the other modules ask here instead of naming its tables. One look-up serves every caller (the assistant, the
 * look-up API, the command line), so a name means the same customer everywhere.
 */
public interface ScoredCustomers {

    /**
     * The customer a reference means: an id or e-mail address exactly (e-mail in any case), else a name typed
     * loosely (any case, part of the name, words in any order, small typos). Several equally good fits give
     * candidates to choose from rather than a guess.
     */
    CustomerMatch lookup(WorkspaceId workspace, String reference);
}
