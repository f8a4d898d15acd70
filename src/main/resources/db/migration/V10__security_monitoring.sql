-- Security events that the modules publish, and the alerts that monitoring rules raise
-- from them. Runs as the migration role. The application role may insert and read events
-- but never change or delete one. It updates an alert only to fold a repeat of the same
-- incident into it. Details and messages hold opaque ids, codes, counts and amounts:
-- never a secret, an email address or clinical text.

-- One security event. network is the client's /24 (IPv4) or /48 (IPv6) network, for the
-- new-network and unusual-access rules. recorded_at is when monitoring stored it.
CREATE TABLE security_event (
    id             uuid PRIMARY KEY,
    type           text        NOT NULL CHECK (type ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    severity       text        NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    account_id     uuid,
    client_address text        CHECK (char_length(client_address) <= 64),
    network        text        CHECK (char_length(network) <= 64),
    occurred_at    timestamptz NOT NULL,
    details        jsonb       NOT NULL,
    recorded_at    timestamptz NOT NULL
);

-- Threshold rules count one type within a window, platform-wide or per account.
CREATE INDEX security_event_type_time ON security_event (type, occurred_at);
CREATE INDEX security_event_account ON security_event (account_id, type, occurred_at)
    WHERE account_id IS NOT NULL;
CREATE INDEX security_event_address ON security_event (client_address, type, occurred_at)
    WHERE client_address IS NOT NULL;

REVOKE UPDATE, DELETE, TRUNCATE ON security_event FROM ${appRole};

-- One alert. subject names what the incident is about within its rule (an account, a
-- payment, the whole platform), so that a repeat within the rule's quiet period raises
-- occurrences and last_seen_at instead of a second alert.
CREATE TABLE security_alert (
    id           uuid PRIMARY KEY,
    level        text        NOT NULL CHECK (level IN ('INFO', 'WARNING', 'CRITICAL')),
    category     text        NOT NULL CHECK (category ~ '^[A-Z][A-Z_]{0,31}$'),
    rule         text        NOT NULL CHECK (rule ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    subject      text        NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
    message      text        NOT NULL CHECK (char_length(message) BETWEEN 1 AND 500),
    occurred_at  timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL CHECK (last_seen_at >= occurred_at),
    occurrences  integer     NOT NULL CHECK (occurrences >= 1),
    created_at   timestamptz NOT NULL
);

CREATE INDEX security_alert_incident ON security_alert (rule, subject, last_seen_at);
CREATE INDEX security_alert_time ON security_alert (occurred_at);
-- Auditors filter the alerts by level.
CREATE INDEX security_alert_level_time ON security_alert (level, occurred_at);

REVOKE DELETE, TRUNCATE ON security_alert FROM ${appRole};
