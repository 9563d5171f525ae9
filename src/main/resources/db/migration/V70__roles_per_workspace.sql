-- A person's role belongs to a workspace: admin in one shop, viewer in another. Each existing membership takes
-- the role its user had for every workspace until now, so nobody gains or loses a right in the upgrade.
alter table user_workspaces add column role varchar(20);
update user_workspaces set role = (select u.role from users u where u.username = user_workspaces.username);
alter table user_workspaces alter column role set not null;
alter table users drop column role;
create index user_workspaces_workspace on user_workspaces (workspace_id, username);
