-- A back-dated payment or waiver of principal can lower a bill's accrued late fee below what was already paid as
-- late fee; the ledger then appends a negative late-fee allocation to the payment that paid it (dated the day of the
-- correction), and the money becomes prepaid balance. Principal allocations stay non-negative.
ALTER TABLE billing.allocation DROP CONSTRAINT IF EXISTS allocation_late_fee_check;
ALTER TABLE billing.allocation ADD CONSTRAINT allocation_late_fee_check CHECK (late_fee >= 0 OR principal = 0);
