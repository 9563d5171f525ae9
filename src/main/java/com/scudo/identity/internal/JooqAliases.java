package com.scudo.identity.internal;

import com.scudo.platform.WorkspaceKeys;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.scudo.identity.internal.schema.Tables.IDENTITY_ALIASES;

/**
 * The aliases of merged-away customers: every id and e-mail they had finds the survivor. Read inside the
 * caller's transaction, so a merge's or unmerge's own writes count at once.
 */
@Component
class JooqAliases implements CustomerAliases {
    static final String ID = "id";
    static final String EMAIL = "email";

    private final DSLContext sql;
    /** Every 360 view by id asks this once: rendered once, as building and rendering it cost more than running it. */
    private final String findSql;

    JooqAliases(DSLContext sql) {
        this.sql = sql;
        this.findSql = sql.render(sql.select(IDENTITY_ALIASES.CUSTOMER_ID).from(IDENTITY_ALIASES)
                .where(IDENTITY_ALIASES.WORKSPACE_ID.eq(DSL.param("workspace", String.class)))
                .and(IDENTITY_ALIASES.KIND.eq(DSL.param("kind", String.class)))
                .and(IDENTITY_ALIASES.ALIAS.eq(DSL.param("alias", String.class))));
    }

    @Override
    public Optional<CustomerId> survivorOfId(WorkspaceId workspace, CustomerId id) {
        return find(workspace, ID, id.value());
    }

    @Override
    public Optional<CustomerId> survivorOfEmail(WorkspaceId workspace, String email) {
        String normalised = Normalise.email(email);
        return normalised == null ? Optional.empty() : find(workspace, EMAIL, normalised);
    }

    @Override
    public Map<CustomerId, CustomerId> survivorsOf(WorkspaceId workspace, Collection<CustomerId> ids) {
        Map<CustomerId, CustomerId> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> values = ids.stream().map(CustomerId::value).distinct().toList();
        sql.select(IDENTITY_ALIASES.ALIAS, IDENTITY_ALIASES.CUSTOMER_ID).from(IDENTITY_ALIASES)
                .where(WorkspaceKeys.in(sql, IDENTITY_ALIASES.WORKSPACE_ID, workspace.value(), IDENTITY_ALIASES.KIND, ID,
                        IDENTITY_ALIASES.ALIAS, values))
                .fetch().forEach(r -> found.put(CustomerId.of(r.value1()), CustomerId.of(r.value2())));
        return found;
    }

    @Override
    public Map<String, CustomerId> survivorsOfEmails(WorkspaceId workspace, Collection<String> emails) {
        Map<String, List<String>> given = new HashMap<>();   // normalised → as given
        for (String email : emails) {
            String normalised = Normalise.email(email);
            if (normalised != null) {
                given.computeIfAbsent(normalised, k -> new java.util.ArrayList<>()).add(email);
            }
        }
        Map<String, CustomerId> found = new HashMap<>();
        if (given.isEmpty()) {
            return found;
        }
        sql.select(IDENTITY_ALIASES.ALIAS, IDENTITY_ALIASES.CUSTOMER_ID).from(IDENTITY_ALIASES)
                .where(WorkspaceKeys.in(sql, IDENTITY_ALIASES.WORKSPACE_ID, workspace.value(), IDENTITY_ALIASES.KIND, EMAIL,
                        IDENTITY_ALIASES.ALIAS, given.keySet()))
                .fetch().forEach(r -> given.get(r.value1()).forEach(email -> found.put(email, CustomerId.of(r.value2()))));
        return found;
    }

    /** Both kinds of alias the customer is found by (for privacy requests and the 360 view). */
    List<Alias> of(WorkspaceId workspace, CustomerId customer) {
        return sql.select(IDENTITY_ALIASES.KIND, IDENTITY_ALIASES.ALIAS, IDENTITY_ALIASES.MERGE_ID).from(IDENTITY_ALIASES)
                .where(IDENTITY_ALIASES.WORKSPACE_ID.eq(workspace.value())).and(IDENTITY_ALIASES.CUSTOMER_ID.eq(customer.value()))
                .orderBy(IDENTITY_ALIASES.KIND, IDENTITY_ALIASES.ALIAS).fetch(r -> new Alias(r.value1(), r.value2(), r.value3()));
    }

    record Alias(String kind, String alias, String mergeId) {
    }

    void add(WorkspaceId workspace, String kind, String alias, CustomerId customer, String mergeId) {
        sql.insertInto(IDENTITY_ALIASES, IDENTITY_ALIASES.WORKSPACE_ID, IDENTITY_ALIASES.KIND, IDENTITY_ALIASES.ALIAS,
                IDENTITY_ALIASES.CUSTOMER_ID, IDENTITY_ALIASES.MERGE_ID)
                .values(workspace.value(), kind, alias, customer.value(), mergeId).execute();
    }

    /** Aliases that found {@code from} (earlier merges into it) find {@code to} now. */
    void repoint(WorkspaceId workspace, CustomerId from, CustomerId to) {
        sql.update(IDENTITY_ALIASES).set(IDENTITY_ALIASES.CUSTOMER_ID, to.value())
                .where(IDENTITY_ALIASES.WORKSPACE_ID.eq(workspace.value())).and(IDENTITY_ALIASES.CUSTOMER_ID.eq(from.value()))
                .execute();
    }

    /** Aliases made by these merges find {@code customer} again. */
    void repointMerges(WorkspaceId workspace, Collection<String> mergeIds, CustomerId customer) {
        if (!mergeIds.isEmpty()) {
            sql.update(IDENTITY_ALIASES).set(IDENTITY_ALIASES.CUSTOMER_ID, customer.value())
                    .where(IDENTITY_ALIASES.WORKSPACE_ID.eq(workspace.value())).and(IDENTITY_ALIASES.MERGE_ID.in(mergeIds))
                    .execute();
        }
    }

    void removeMerge(WorkspaceId workspace, String mergeId) {
        sql.deleteFrom(IDENTITY_ALIASES).where(IDENTITY_ALIASES.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_ALIASES.MERGE_ID.eq(mergeId)).execute();
    }

    /** Erasure: every alias that finds the customer, and every alias that is the customer's own id. */
    int erase(WorkspaceId workspace, CustomerId customer) {
        return sql.deleteFrom(IDENTITY_ALIASES).where(IDENTITY_ALIASES.WORKSPACE_ID.eq(workspace.value()))
                .and(IDENTITY_ALIASES.CUSTOMER_ID.eq(customer.value())
                        .or(IDENTITY_ALIASES.KIND.eq(ID).and(IDENTITY_ALIASES.ALIAS.eq(customer.value()))))
                .execute();
    }

    private Optional<CustomerId> find(WorkspaceId workspace, String kind, String alias) {
        return sql.resultQuery(findSql, workspace.value(), kind, alias).coerce(IDENTITY_ALIASES.CUSTOMER_ID)
                .fetchOptional(IDENTITY_ALIASES.CUSTOMER_ID).map(CustomerId::of);
    }
}
