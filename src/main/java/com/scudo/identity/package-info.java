/**
 * Identity resolution: one customer however many records. Finds customers that are one person (exact rules:
 * e-mail, E.164 phone, external ids; fuzzy evidence: name with address, phone or e-mail user name), merges them
 * through the recording path (both histories in both stores, the merged-away ids and e-mails kept as aliases,
 * the survivor re-scored at once), unmerges them exactly, and keeps the review queue of suggested pairs. Owns the
 * tables identity_settings, identity_aliases, identity_external_ids, identity_suggestions and identity_merges;
 * answers {@link com.scudo.shared.CustomerAliases} for every look-up.
 */
@ApplicationModule(displayName = "Identity resolution",
        allowedDependencies = {"analytics", "audit", "customer", "ingest", "platform", "shared"})
package com.scudo.identity;

import org.springframework.modulith.ApplicationModule;
