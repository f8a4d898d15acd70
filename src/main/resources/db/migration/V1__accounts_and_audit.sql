-- Accounts, their single-use tokens and the audit trail. Runs as the migration role, which
-- owns every table; the application role gets SELECT, INSERT and UPDATE through default
-- privileges, and only INSERT and SELECT on the audit trail.

CREATE TABLE account (
    id                  uuid PRIMARY KEY,
    email_encrypted     bytea       NOT NULL,
    email_index         bytea       NOT NULL UNIQUE,
    phone_encrypted     bytea,
    phone_index         bytea,
    name                text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    password_hash       text,
    role                text        NOT NULL CHECK (role IN ('PET_OWNER', 'HOSPITAL_STAFF', 'HOSPITAL_ADMIN',
                                        'CLAIMS_ADJUSTER', 'FINANCE_OPERATOR', 'SECURITY_AUDITOR', 'PLATFORM_ADMIN')),
    status              text        NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'DISABLED')),
    hospital_id         uuid,
    email_verified_at   timestamptz,
    password_changed_at timestamptz,
    -- Set for a generated one-time password: the account may only change its password.
    password_change_required boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0
);

CREATE INDEX account_phone_index ON account (phone_index);

-- Email verification and password reset tokens. Only the SHA-256 of a token is stored.
CREATE TABLE account_token (
    id          uuid PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id),
    purpose     text        NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    token_hash  bytea       NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- One row per security-relevant action, written in the transaction of the change it records.
-- sequence, previous_hash and hash carry the hash chain that links every event to the one
-- before it.
CREATE TABLE audit_event (
    id              uuid PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor_id        uuid,
    actor_role      text,
    action          text        NOT NULL,
    resource_type   text,
    resource_id     text,
    outcome         text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    client_address  text,
    user_agent      text,
    correlation_id  text,
    purpose         text,
    legal_basis     text,
    details         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    sequence        bigint UNIQUE,
    previous_hash   bytea,
    hash            bytea
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_resource ON audit_event (resource_type, resource_id);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};
REVOKE ALL ON flyway_schema_history FROM ${appRole};
