-- What the analytics engine derives from the facts, per customer as of a run date.

create table customer_metrics (
    workspace_id          varchar(40)    not null,
    customer_id           varchar(64)    not null,
    as_of                 date           not null,
    orders                integer        not null,
    total_spent           numeric(14, 2) not null,
    aov                   numeric(14, 2),
    first_order           date,
    last_order            date,
    days_since_last_order integer,
    tenure_days           integer,
    r_score               integer,
    f_score               integer,
    m_score               integer,
    rfm                   varchar(3),
    rfm_group             varchar(40),
    churn                 numeric(6, 4),
    churn_low             numeric(6, 4),
    churn_high            numeric(6, 4),
    p_alive               numeric(6, 4),
    expected_orders_90d   numeric(12, 4),
    clv                   numeric(14, 2),
    next_order_date       date,
    lifecycle             varchar(20),
    reasons               varchar(8000),
    segments              varchar(2000),
    primary_segment       varchar(60),
    computed_at           timestamp with time zone not null,
    primary key (workspace_id, customer_id)
);
create index customer_metrics_lifecycle on customer_metrics (workspace_id, lifecycle);
create index customer_metrics_churn on customer_metrics (workspace_id, churn);

create table behavioral_analytics (
    workspace_id            varchar(40) not null,
    customer_id             varchar(64) not null,
    as_of                   date        not null,
    preferred_channel       varchar(10),
    channel_mix             varchar(400),
    categories              varchar(2000),
    top_category            varchar(60),
    category_affinity       varchar(2000),
    avg_days_between_orders numeric(10, 2),
    typical_days_between_orders numeric(10, 2),
    discount_rate           numeric(6, 4),
    seasonality             varchar(400),
    peak_month              integer,
    holiday_share           numeric(6, 4),
    gift_share              numeric(6, 4),
    bulk_share              numeric(6, 4),
    return_rate             numeric(6, 4),
    engagement              numeric(6, 2),
    interactions_90d        integer,
    last_interaction        date,
    computed_at             timestamp with time zone not null,
    primary key (workspace_id, customer_id)
);

-- A dated copy of each customer's key figures per run: trends and segment migration come from here.
create table metric_snapshots (
    workspace_id        varchar(40)    not null,
    snapshot_date       date           not null,
    customer_id         varchar(64)    not null,
    orders              integer        not null,
    total_spent         numeric(14, 2) not null,
    churn               numeric(6, 4),
    p_alive             numeric(6, 4),
    clv                 numeric(14, 2),
    expected_orders_90d numeric(12, 4),
    rfm                 varchar(3),
    lifecycle           varchar(20),
    primary_segment     varchar(60),
    segments            varchar(2000),
    primary key (workspace_id, snapshot_date, customer_id)
);

-- Every model fit, so a merchant can see what the numbers stand on.
create table model_fits (
    workspace_id   varchar(40)  not null,
    model          varchar(30)  not null,
    fitted_at      timestamp with time zone not null,
    as_of          date         not null,
    parameters     varchar(2000) not null,
    std_errors     varchar(2000),
    log_likelihood double precision,
    customers      integer      not null,
    used_prior     boolean      not null,
    converged      boolean      not null,
    iterations     integer,
    note           varchar(1000),
    primary key (workspace_id, model, fitted_at)
);

create table analytics_runs (
    run_id       varchar(40) not null primary key,
    workspace_id varchar(40) not null,
    as_of        date        not null,
    state        varchar(20) not null,
    step         varchar(60),
    customers    integer,
    done         integer,
    message      varchar(1000),
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create index analytics_runs_workspace on analytics_runs (workspace_id, started_at);

-- The one relation the filter language reads: column names are the filter's field names.
create view customer_facts as
select d.workspace_id,
       d.customer_id,
       d.name,
       d.email,
       d.company,
       d.city,
       d.region,
       d.country,
       m.lifecycle,
       m.churn,
       m.p_alive,
       m.clv,
       coalesce(m.total_spent, 0) as total_spent,
       coalesce(m.orders, 0) as orders,
       m.aov,
       m.rfm,
       m.r_score,
       m.f_score,
       m.m_score,
       m.rfm_group,
       m.days_since_last_order,
       m.expected_orders_90d,
       m.next_order_date,
       m.segments,
       m.primary_segment,
       coalesce(b.preferred_channel, d.preferred_channel) as channel,
       coalesce(b.categories, d.categories) as categories,
       d.tags,
       b.discount_rate,
       b.engagement,
       cast(d.created_at as date) as created,
       m.first_order,
       m.last_order,
       m.tenure_days,
       b.avg_days_between_orders
from customer_dim d
left join customer_metrics m on m.workspace_id = d.workspace_id and m.customer_id = d.customer_id
left join behavioral_analytics b on b.workspace_id = d.workspace_id and b.customer_id = d.customer_id;
