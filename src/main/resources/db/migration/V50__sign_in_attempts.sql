-- Sign-in hardening (docs/decisions.md, "Sign-in hardening"). Shared by every app instance.

-- Every sign-in attempt: what was typed as the username (lower-cased, at most 100 characters), where it came from,
-- and how it ended. Failures from one client address in the last minutes limit that address; rows are kept 30 days.
CREATE TABLE sign_in_attempt (
    id             bigserial   PRIMARY KEY,
    account        text        NOT NULL,
    client_address text        NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'REFUSED')),
    attempted_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempt_client_failures ON sign_in_attempt (client_address, attempted_at) WHERE outcome = 'FAILED';
CREATE INDEX sign_in_attempt_time ON sign_in_attempt (attempted_at);

-- Per account: failed sign-ins in a row (a success deletes the row) and until when sign-in is refused.
CREATE TABLE sign_in_throttle (
    account         text        PRIMARY KEY,
    failures        integer     NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz
);
