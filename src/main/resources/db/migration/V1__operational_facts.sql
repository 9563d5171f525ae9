-- Copies of the operational records that analytics needs, kept idempotent on their ids.
-- Runs unchanged on PostgreSQL 15+ and on H2 in PostgreSQL mode.

create table customer_dim (
    workspace_id      varchar(40)  not null,
    customer_id       varchar(64)  not null,
    name              varchar(200),
    email             varchar(320),
    phone             varchar(40),
    company           varchar(200),
    city              varchar(100),
    region            varchar(100),
    country           varchar(100),
    preferred_channel varchar(20),
    categories        varchar(2000),
    tags              varchar(2000),
    email_opt_in      boolean      not null default false,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    primary key (workspace_id, customer_id)
);
create index customer_dim_email on customer_dim (workspace_id, email);

create table order_facts (
    workspace_id   varchar(40)    not null,
    order_id       varchar(80)    not null,
    customer_id    varchar(64)    not null,
    ordered_at     timestamp with time zone not null,
    amount         numeric(14, 2) not null,
    currency       varchar(3)     not null,
    discount       numeric(14, 2) not null default 0,
    channel        varchar(10)    not null,
    categories     varchar(2000),
    item_count     integer        not null default 0,
    is_seasonal    boolean        not null default false,
    is_gift        boolean        not null default false,
    is_bulk        boolean        not null default false,
    is_returned    boolean        not null default false,
    is_first_order boolean        not null default false,
    recorded_at    timestamp with time zone not null,
    primary key (workspace_id, order_id)
);
create index order_facts_customer on order_facts (workspace_id, customer_id, ordered_at);
create index order_facts_time on order_facts (workspace_id, ordered_at);

create table interaction_facts (
    workspace_id   varchar(40) not null,
    interaction_id varchar(80) not null,
    customer_id    varchar(64) not null,
    kind           varchar(30) not null,
    channel        varchar(20),
    occurred_at    timestamp with time zone not null,
    primary key (workspace_id, interaction_id)
);
create index interaction_facts_customer on interaction_facts (workspace_id, customer_id, occurred_at);
