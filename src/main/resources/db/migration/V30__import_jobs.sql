-- The import journal: one row per import of a file, moved forward after every committed chunk, so a
-- killed import resumes after its last committed line. Runs unchanged on PostgreSQL and H2.
create table import_jobs (
    job_id            varchar(40)   not null primary key,
    workspace_id      varchar(40)   not null,
    format            varchar(30)   not null,
    source_name       varchar(500)  not null,
    fingerprint       varchar(64)   not null,
    time_zone         varchar(60)   not null,
    state             varchar(20)   not null,
    total_rows        bigint        not null,
    last_line         bigint        not null default 0,
    rows_done         bigint        not null default 0,
    created           bigint        not null default 0,
    updated           bigint        not null default 0,
    unchanged         bigint        not null default 0,
    rejected          bigint        not null default 0,
    customers_created bigint        not null default 0,
    resumed           integer       not null default 0,
    errors_file       varchar(1000),
    message           varchar(2000),
    started_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    finished_at       timestamp with time zone
);
create index import_jobs_file on import_jobs (workspace_id, fingerprint, format, state);

-- Every rejected row of an import, with its line and reason: the source of the error file.
create table import_errors (
    job_id   varchar(40)   not null,
    line_no  bigint        not null,
    reason   varchar(2000) not null,
    content  varchar(4000),
    primary key (job_id, line_no)
);
