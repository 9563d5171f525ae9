-- Recommended actions per customer, with their reason, expected value and what became of them.
-- open_action equals action_type while the recommendation is open and is null afterwards: the unique
-- key then allows one open recommendation per customer and action type (NULLs never collide), so a
-- re-run refreshes the open one instead of adding another. Portable alternative to a partial index.
create table recommendations (
    workspace_id       varchar(40)    not null,
    recommendation_id  varchar(40)    not null,
    customer_id        varchar(64)    not null,
    action_type        varchar(30)    not null,
    open_action        varchar(30),
    title              varchar(200)   not null,
    reason             varchar(1000)  not null,
    expected_value     numeric(14, 2) not null,
    priority           integer        not null,
    status             varchar(12)    not null,
    created_on         date           not null,
    generated_on       date           not null,
    generation_id      varchar(40)    not null,
    updated_at         timestamp with time zone not null,
    status_changed_at  timestamp with time zone,
    acted_on           date,
    acted_at           timestamp with time zone,
    outcome_checked_at timestamp with time zone,
    ordered_again      boolean,
    outcome_orders     integer,
    outcome_revenue    numeric(14, 2),
    primary key (workspace_id, recommendation_id),
    constraint recommendations_one_open unique (workspace_id, customer_id, open_action),
    constraint recommendations_status check (status in ('open', 'done', 'dismissed'))
);
-- No index on status: with fresh (empty-table) statistics PostgreSQL preferred it to the keys above for
-- the per-row updates of a generation, scanning every open row each time. Listing by status reads
-- the workspace's rows through the primary key instead.
