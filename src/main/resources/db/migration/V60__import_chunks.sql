-- Imports write the analytical store first and the operational copy after it. The journal keeps one
-- row per chunk, saying whether its operational copy is done, so a killed import finishes exactly
-- the chunks it left half-way. A content fingerprint per imported record tells a re-imported,
-- unchanged record from a changed one without reading the operational store.
alter table customer_dim add column content_hash varchar(40);
alter table order_facts add column content_hash varchar(40);
alter table interaction_facts add column content_hash varchar(40);

alter table import_jobs add column operational_rows bigint not null default 0;

create table import_chunks (
    job_id           varchar(40) not null,
    chunk_no         integer     not null,
    first_line       bigint      not null,
    last_line        bigint      not null,
    row_count        bigint      not null,
    writes           bigint      not null,
    operational_done boolean     not null default false,
    primary key (job_id, chunk_no)
);
