-- Accounts of the web app (module web): users with roles, login sessions and API tokens. Keep in step with
-- ../sqlite/V2__web_accounts.sql. Secrets are never stored: sessions and tokens by SHA-256 of their value,
-- passwords as Argon2id hashes;
-- must_change is 1 for a password the user did not choose (the first admin's), until they change it. Instants are ISO-8601 text, as elsewhere.
CREATE TABLE web_users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT   NOT NULL UNIQUE,
    role          TEXT   NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    password_hash TEXT   NOT NULL,
    must_change   INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT   NOT NULL
);

CREATE TABLE web_sessions (
    id_hash    TEXT   PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    csrf       TEXT   NOT NULL,
    created_at TEXT   NOT NULL,
    expires_at TEXT   NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);

CREATE TABLE web_tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT   NOT NULL UNIQUE,
    user_id    BIGINT NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    label      TEXT   NOT NULL,
    created_at TEXT   NOT NULL
);
