-- A 360 view folds in the customer's records that wait in the outbox for their operational copy, so a merchant sees
-- what they just wrote (PendingCopies); it reads them by customer, and only while something is waiting.
create index recording_outbox_customer on recording_outbox (workspace_id, customer_id);
