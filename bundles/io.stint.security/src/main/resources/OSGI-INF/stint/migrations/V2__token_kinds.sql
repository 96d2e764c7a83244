-- A token is an API token ('api': made by POST /tokens, /auth/login, the shell, the bootstrap) or a
-- browser session ('session': made by POST /auth/session, carried in the stint_session cookie).
-- Sessions have their own rate limits and are not listed among a user's API tokens.

ALTER TABLE SECURITY_TOKENS ADD COLUMN KIND VARCHAR(16) DEFAULT 'api' NOT NULL;
