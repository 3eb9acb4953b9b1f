-- 送达回执: when the gateway's receipt said a message arrived.
ALTER TABLE outreach.message ADD COLUMN delivered_at timestamptz;
