-- Personal access tokens for machines calling /api/v1 (docs/integrations.md). Only a SHA-256 hash of the secret
-- is stored: the secret is shown once, when the token is created. A token acts as its owner with the owner's
-- current roles (read at every call), so a demoted or disabled owner's tokens lose those rights at once.
CREATE TABLE personal_access_token (
    id            bigserial    PRIMARY KEY,
    owner         varchar(60)  NOT NULL,
    name          varchar(100) NOT NULL,
    secret_hash   varchar(64)  NOT NULL UNIQUE,
    -- The first characters of the secret, shown in the list so a person can tell tokens apart.
    secret_prefix varchar(12)  NOT NULL,
    access        varchar(12)  NOT NULL CHECK (access IN ('READ_ONLY', 'READ_WRITE')),
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX personal_access_token_owner ON personal_access_token (lower(owner), created_at DESC);
