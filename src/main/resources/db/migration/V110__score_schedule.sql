-- Scores age with the calendar: a scheduled re-score uses the last fit, a re-fit runs weekly or when data grew.
-- run_kind says which a run was: 'full' (read, fit, score) or 'rescore' (read and score with the last fit).
alter table analytics_runs add column run_kind varchar(20) default 'full' not null;

-- A workspace's own re-score schedule (a Spring cron expression read in its zone); absent means the default
-- of scudo.analytics.schedule.
create table analytics_schedules (
    workspace_id varchar(40)              not null primary key,
    rescore_cron varchar(120)             not null,
    cron_zone    varchar(60)              not null,
    updated_at   timestamp with time zone not null
);
