-- Identity resolution: one customer however many records. Runs unchanged on PostgreSQL 15+ and on H2 in
-- PostgreSQL mode.

-- Whether exact evidence (same e-mail, phone or external id) merges without review. Off unless the merchant
-- turns it on; a workspace without a row has it off.
create table identity_settings (
    workspace_id varchar(40) not null primary key,
    auto_merge   boolean     not null default false,
    updated_at   timestamp with time zone not null
);

-- Every id and e-mail a merged-away customer was known by, and the customer it finds now.
-- kind: id or email. value: the id as given, the e-mail normalised (trimmed, lower case).
create table identity_aliases (
    workspace_id varchar(40)  not null,
    kind         varchar(10)  not null,
    alias        varchar(320) not null,
    customer_id  varchar(64)  not null,
    merge_id     varchar(40)  not null,
    primary key (workspace_id, kind, alias)
);
create index identity_aliases_customer on identity_aliases (workspace_id, customer_id);
create index identity_aliases_merge on identity_aliases (workspace_id, merge_id);

-- Ids a customer has in other systems (a Shopify customer id, an import's own key), as connectors and imports
-- report them: the same external id on two customers is exact evidence that they are one person.
create table identity_external_ids (
    workspace_id varchar(40)  not null,
    source       varchar(40)  not null,
    external_id  varchar(200) not null,
    customer_id  varchar(64)  not null,
    primary key (workspace_id, source, external_id, customer_id)
);
create index identity_external_ids_customer on identity_external_ids (workspace_id, customer_id);

-- Pairs that may be one person, with the evidence, waiting for a decision (state: open, accepted, rejected).
-- customer_a < customer_b, so a pair is stored once whichever way round it was found.
create table identity_suggestions (
    workspace_id varchar(40)   not null,
    customer_a   varchar(64)   not null,
    customer_b   varchar(64)   not null,
    rule         varchar(30)   not null,
    score        numeric(5, 4) not null,
    evidence     varchar(2000) not null,
    state        varchar(10)   not null,
    found_at     timestamp with time zone not null,
    decided_at   timestamp with time zone,
    primary key (workspace_id, customer_a, customer_b)
);
create index identity_suggestions_state on identity_suggestions (workspace_id, state, score);

-- Each merge with what both customers were before it, so that an unmerge restores them exactly.
-- state: merged, unmerged. operational_pending: the merged-away customer's DynamoDB items are still to be
-- removed (done right after the commit; redone at start after a crash).
create table identity_merges (
    merge_id            varchar(40) not null primary key,
    workspace_id        varchar(40) not null,
    survivor_id         varchar(64) not null,
    merged_id           varchar(64) not null,
    rule                varchar(30) not null,
    evidence            varchar(2000) not null,
    state               varchar(10) not null,
    operational_pending boolean     not null default false,
    analytical_before   text        not null,
    operational_before  text        not null,
    moved_orders        text        not null,
    moved_interactions  text        not null,
    merged_at           timestamp with time zone not null,
    unmerged_at         timestamp with time zone
);
create index identity_merges_customer on identity_merges (workspace_id, survivor_id, state);
