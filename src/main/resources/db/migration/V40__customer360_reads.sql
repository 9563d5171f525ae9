-- The 360 view reads one customer's snapshots (their trend); the primary key starts with the date, so
-- without this index that read would scan every snapshot of the workspace.
create index metric_snapshots_customer on metric_snapshots (workspace_id, customer_id, snapshot_date);
