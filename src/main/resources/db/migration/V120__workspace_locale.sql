-- Where a workspace's figures are read: dates and times in its time zone, numbers and dates in its locale (BCP 47).
alter table workspaces add column time_zone varchar(64) not null default 'UTC';
alter table workspaces add column locale varchar(35) not null default 'en-US';
