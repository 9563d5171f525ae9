-- A customer's reasons are written in words when read, from the score row and the few facts it does not hold
-- (ReasonFacts, a few dozen characters): stored, they were 885 of a score row's ~1,000 bytes, and every run writes
-- every row. New rows leave reasons empty; rows scored before keep their stored reasons until they are scored again,
-- so nothing a merchant sees goes blank in between. A later migration can drop the column.
alter table customer_metrics add column reason_facts varchar(200);
alter table customer_metrics_stage add column reason_facts varchar(200);
