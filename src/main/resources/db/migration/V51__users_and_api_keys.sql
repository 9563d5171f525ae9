-- People who sign in to the dashboard. The password is stored only as an Argon2id hash (with its
-- algorithm tag, so it can be upgraded); repeated failures lock the account for a while.
create table users (
    username         varchar(60)              not null primary key,
    password_hash    varchar(255)             not null,
    role             varchar(20)              not null,
    failed_attempts  integer                  not null default 0,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null
);

-- Which workspaces a person may use; the first one added is where they land after signing in.
create table user_workspaces (
    username      varchar(60)              not null references users (username) on delete cascade,
    workspace_id  varchar(40)              not null references workspaces (id),
    added_at      timestamp with time zone not null,
    primary key (username, workspace_id)
);

-- Keys for the REST API and ingest, one workspace each. Only the SHA-256 of the secret is kept; the
-- key id is the public part of the key and is what lists and revocation use.
create table api_keys (
    key_id         varchar(20)              not null primary key,
    workspace_id   varchar(40)              not null references workspaces (id),
    label          varchar(100)             not null,
    scope          varchar(10)              not null,
    secret_sha256  varchar(64)              not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100)             not null,
    last_used_at   timestamp with time zone,
    revoked_at     timestamp with time zone
);
create index api_keys_workspace on api_keys (workspace_id);
