-- Access: the listing carries each user's phone too (users(scopeId) shows it).
ALTER TABLE access.user_account ADD COLUMN phone text;
