-- A closed week's trend point is kept like a closed month's analyses (decision 0017), under its Monday (yyyy-MM-dd).
ALTER TABLE analytics.kept_month ALTER COLUMN period TYPE varchar(10);
