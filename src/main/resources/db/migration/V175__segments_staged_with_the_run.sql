-- A whole-workspace run assigns segments before its swap, so that the swap writes each score row once with its
-- segments already in it (the segment step rewrote every row of customer_metrics right after the swap).

-- Each staged customer's segment columns as the segment rules give them on the staged scores; the swap joins it with
-- customer_metrics_stage. Emptied with the other stages.
create table customer_segments_stage (
    workspace_id    varchar(40)   not null,
    customer_id     varchar(64)   not null,
    segments        varchar(2000),
    primary_segment varchar(60),
    primary key (workspace_id, customer_id)
);

-- customer_facts over the run being written: the same columns, the staged scores and behaviour in place of the
-- visible ones, so segment rules compile against it unchanged. Only staged customers are in it (customer_facts with
-- an existing score row, as the assignment reads it). The segment columns are the visible (previous) assignment, as
-- customer_facts shows them while segments are being assigned.
create view customer_facts_stage as
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
       m.expected_orders,
       m.next_order_date,
       v.segments,
       v.primary_segment,
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
join customer_metrics_stage m on m.workspace_id = d.workspace_id and m.customer_id = d.customer_id
left join behavioral_analytics_stage b on b.workspace_id = d.workspace_id and b.customer_id = d.customer_id
left join customer_metrics v on v.workspace_id = d.workspace_id and v.customer_id = d.customer_id;
