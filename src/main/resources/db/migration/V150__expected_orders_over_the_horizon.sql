-- Expected orders are counted over the forecast horizon the run scored with (scudo.analytics.forecast.horizon-days),
-- not over a fixed 90 days: the column loses the number (the API and the export give the horizon beside it).
drop view customer_facts;

alter table customer_metrics rename column expected_orders_90d to expected_orders;
alter table customer_metrics_stage rename column expected_orders_90d to expected_orders;
alter table metric_snapshots rename column expected_orders_90d to expected_orders;

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
       m.expected_orders,
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
