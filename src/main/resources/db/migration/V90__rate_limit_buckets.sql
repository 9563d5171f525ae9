-- Request budgets per API key and per person (Bucket4j's PostgreSQL proxy manager), shared by every instance
-- working on one PostgreSQL store. The embedded store keeps its budgets in memory and leaves this table empty.
-- id: 'key:<key id>' or 'user:<name>'; state: Bucket4j's own serialised bucket; expires_at: epoch millis after
-- which a full bucket's row may be removed.
create table rate_limit_buckets (
    id          varchar(200) not null primary key,
    state       bytea,
    expires_at  bigint
);
