-- Which purchase model drives a workspace's scores and why: the holdout check of each full run (the figures
-- of every candidate, best first, as JSON), kept beside the fits of the same run (same fitted_at).
create table model_choices (
    workspace_id   varchar(40)  not null,
    fitted_at      timestamp with time zone not null,
    as_of          date         not null,
    chosen_model   varchar(30)  not null,
    holdout_check  varchar(200000) not null,
    primary key (workspace_id, fitted_at)
);

-- What a run says about itself beyond its progress: an as-of date moved to fit the data, scores that changed
-- because the models were refitted.
alter table analytics_runs add column run_notes varchar(2000);

-- One meaning of "at risk": the At-Risk lifecycle stage (still likely to buy but slipping), apart from the dormant.
-- Workspaces that kept the old built-in rule get the new one; a rule a merchant edited stays as it is.
update segments set rule = 'lifecycle = "At-Risk"',
    description = 'Still likely to buy but slipping (churn risk of 25% or more, not yet dormant): worth a retention offer before they go.'
    where segment_id = 'AT_RISK' and built_in = true and rule = 'churn >= 0.25 and orders >= 2';
update segments set description = 'Gone quiet: no order for a long time, or so long past their usual rhythm that they have most likely stopped buying. A win-back case.'
    where segment_id = 'DORMANT' and built_in = true and rule = 'lifecycle = "Dormant"';
