-- Segments: rules in the filter language, the history of who belonged to which segment, and the
-- behaviour fields the built-in segments need. Runs unchanged on PostgreSQL 15+ and H2 (PostgreSQL mode).

create table segments (
    workspace_id varchar(40)   not null,
    segment_id   varchar(60)   not null,
    name         varchar(120)  not null,
    description  varchar(1000),
    rule         varchar(2000) not null,
    priority     integer       not null,
    built_in     boolean       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, segment_id)
);

-- One row per period a customer held a segment (with or without it being their primary one):
-- valid from `since` (inclusive) to `until` (exclusive); `until` null = the current assignment.
create table segment_assignments (
    workspace_id varchar(40) not null,
    customer_id  varchar(64) not null,
    segment_id   varchar(60) not null,
    is_primary   boolean     not null,
    since        date        not null,
    until        date,
    primary key (workspace_id, customer_id, segment_id, since)
);
create index segment_assignments_segment on segment_assignments (workspace_id, segment_id, until);

-- Work table of one assignment pass (keyed by a batch id so that passes never see each other's rows).
create table segment_assignment_stage (
    batch_id     varchar(40) not null,
    workspace_id varchar(40) not null,
    customer_id  varchar(64) not null,
    segment_id   varchar(60) not null,
    rank_order   integer     not null,
    is_primary   boolean     not null,
    primary key (batch_id, customer_id, segment_id)
);

-- Spend in the last 180 days divided by spend in the 180 days before; null when there was no earlier spend.
alter table behavioral_analytics add column spend_trend numeric(8, 4);

drop view customer_facts;

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
       b.avg_days_between_orders,
       b.holiday_share,
       b.spend_trend
from customer_dim d
left join customer_metrics m on m.workspace_id = d.workspace_id and m.customer_id = d.customer_id
left join behavioral_analytics b on b.workspace_id = d.workspace_id and b.customer_id = d.customer_id;
