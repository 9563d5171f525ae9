-- Spend in the last 180 days relative to the 180 days before (null when nothing was bought before).
alter table behavioral_analytics add column spend_trend numeric(10, 4);
