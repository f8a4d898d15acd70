-- Tink keysets, one row per purpose (FIELD_ENCRYPTION, BLIND_INDEX, ...). Each keyset is
-- encrypted with AES-256-GCM under the master key, with the purpose name as associated
-- data. The application inserts a missing keyset at startup and will update a row to
-- rotate keys. Its role has no DELETE privilege, because deleting a keyset makes every
-- value encrypted under it unreadable.
CREATE TABLE crypto_keyset (
    purpose          text        PRIMARY KEY CHECK (purpose ~ '^[A-Z][A-Z0-9_]*$'),
    encrypted_keyset bytea       NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
