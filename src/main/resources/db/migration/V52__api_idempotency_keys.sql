-- Idempotency-Key of API writes (docs/decisions.md, "Bulk ingestion"): the response of a request that changed
-- something, stored in the same transaction as its rows, so a retry with the same key and the same request gets the
-- same answer and stores nothing again. Keys are per owner (the token's user) and kept 24 hours.
CREATE TABLE api_idempotency_key (
    owner             varchar(60)  NOT NULL,
    idempotency_key   varchar(255) NOT NULL,
    -- SHA-256 (hex) of the method, path and request body as parsed: a key reused for another request is refused.
    request_hash      char(64)     NOT NULL,
    response_status   smallint     NOT NULL,
    -- json, not jsonb: a replay returns the stored text as it was sent (jsonb would reorder its keys).
    response_body     json         NOT NULL,
    response_location varchar(300),
    created_at        timestamptz  NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX api_idempotency_key_created ON api_idempotency_key (created_at);
