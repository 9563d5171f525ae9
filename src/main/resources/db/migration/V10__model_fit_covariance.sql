-- The covariance of the fitted (log-)parameters, so a later single-customer refresh can still give
-- a churn range from the last fit.
alter table model_fits add column covariance varchar(4000);
