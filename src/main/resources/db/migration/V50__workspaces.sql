-- The registry of workspaces (one per merchant shop). Every row in both stores already carries its
-- workspace id; this table says which workspaces exist, so access can be granted to them by name.
create table workspaces (
    id            varchar(40)              not null primary key,
    display_name  varchar(100)             not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100)             not null
);

-- Workspaces that already hold data from before the registry existed are registered here, once, so an
-- installation that is upgraded keeps every shop it had. Their display name is their id until renamed.
insert into workspaces (id, display_name, created_at, created_by)
select w.workspace_id, w.workspace_id, current_timestamp, 'existing data'
from (select workspace_id from customer_dim
      union select workspace_id from order_facts
      union select workspace_id from import_jobs) w;
