-- A full generation of recommendations writes what the rules give here first (COPY on PostgreSQL, batched inserts on
-- H2), then one transaction drops what is in its cool-down, withdraws the open recommendations the rules no longer give,
-- refreshes the others and adds the new ones, each as one statement joined against this table. Readers of
-- recommendations see all of the previous generation or all of this one. Rows live for one generation.
create table recommendations_stage (
    generation_id     varchar(40)    not null,
    workspace_id      varchar(40)    not null,
    customer_id       varchar(64)    not null,
    action_type       varchar(30)    not null,
    recommendation_id varchar(40)    not null,
    title             varchar(200)   not null,
    reason            varchar(1000)  not null,
    expected_value    numeric(14, 2) not null,
    priority          integer        not null,
    -- set when an open recommendation of the customer and type exists: refreshed in place, not added
    refresh           boolean        not null default false,
    primary key (generation_id, customer_id, action_type)
);
