-- Every payment writes these tables; keep only the indexes that reports use. Lookups by household are served by the
-- primary keys, which start with household_id.
DROP INDEX billing.allocation_by_bill;
DROP INDEX billing.payment_by_id;
