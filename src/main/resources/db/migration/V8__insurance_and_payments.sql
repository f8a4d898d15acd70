-- Insurance products and policies, and the payments, refunds, idempotency keys and gateway
-- webhook events of the payments module. Runs as the migration role; the application role
-- gets SELECT, INSERT and UPDATE through default privileges and never DELETE. Money is a
-- bigint of whole won.

-- The product catalogue changes only through migrations, so the application role may
-- only read it.
CREATE TABLE insurance_product (
    id                  uuid PRIMARY KEY,
    name                text    NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 100),
    coverage_types      text[]  NOT NULL CHECK (cardinality(coverage_types) > 0 AND coverage_types <@ ARRAY[
                            'GENERAL', 'SURGERY', 'EMERGENCY', 'HOSPITALIZATION', 'DIAGNOSTIC', 'DENTAL',
                            'CHRONIC']),
    coverage_percent    integer NOT NULL CHECK (coverage_percent BETWEEN 1 AND 100),
    deductible          bigint  NOT NULL CHECK (deductible >= 0),
    annual_limit        bigint  NOT NULL CHECK (annual_limit > 0),
    monthly_premium     bigint  NOT NULL CHECK (monthly_premium BETWEEN 1 AND 10000000),
    waiting_period_days integer NOT NULL CHECK (waiting_period_days BETWEEN 0 AND 365),
    sort_order          integer NOT NULL UNIQUE
);

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON insurance_product FROM ${appRole};

INSERT INTO insurance_product (id, name, coverage_types, coverage_percent, deductible, annual_limit, monthly_premium,
        waiting_period_days, sort_order)
VALUES
    ('c8bf9c26-10bb-4988-8597-9e31b2d25794', 'Basic Care 50', ARRAY['GENERAL', 'EMERGENCY', 'DIAGNOSTIC'], 50, 30000,
        3000000, 19900, 30, 1),
    ('543176ff-16e3-45f3-9b9e-a240fc0fc012', 'Standard Care 70',
        ARRAY['GENERAL', 'SURGERY', 'EMERGENCY', 'HOSPITALIZATION', 'DIAGNOSTIC'], 70, 20000, 5000000, 39800, 30, 2),
    ('6595c20b-ecb3-488d-bcf8-25ea8caffef3', 'Premium Care 80',
        ARRAY['GENERAL', 'SURGERY', 'EMERGENCY', 'HOSPITALIZATION', 'DIAGNOSTIC', 'DENTAL', 'CHRONIC'], 80, 10000,
        10000000, 64500, 30, 3),
    ('e88bb02d-59da-45b7-938f-2bcc332941d6', 'Dental and Chronic Care 70', ARRAY['DENTAL', 'CHRONIC', 'DIAGNOSTIC'],
        70, 20000, 2000000, 24900, 90, 4);

-- A pet's insurance policy. It stays PENDING until its first premium payment succeeds;
-- then the term starts at the payment time and lasts one year.
CREATE TABLE insurance_policy (
    id                     uuid PRIMARY KEY,
    holder_id              uuid        NOT NULL REFERENCES account (id),
    pet_id                 uuid        NOT NULL REFERENCES pet (id),
    product_id             uuid        NOT NULL REFERENCES insurance_product (id),
    status                 text        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
    starts_at              timestamptz,
    ends_at                timestamptz,
    waiting_period_ends_at timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK ((status = 'PENDING') = (starts_at IS NULL)),
    CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL) = (waiting_period_ends_at IS NULL)),
    CHECK (ends_at > starts_at AND waiting_period_ends_at >= starts_at)
);

-- One live policy per pet and product. Statuses added later for ended policies fall
-- outside this index, so a pet can enrol again once its policy has ended.
CREATE UNIQUE INDEX insurance_policy_live ON insurance_policy (pet_id, product_id)
    WHERE status IN ('PENDING', 'ACTIVE');
CREATE INDEX insurance_policy_holder ON insurance_policy (holder_id, created_at);

-- Money received from an account. purpose names what the money pays for, and only
-- premiums exist now. Payouts of approved claims, which send money out, get a table of
-- their own and reuse the idempotency and webhook tables below through their operation and
-- event columns. refunded_amount counts refunds that succeeded and pending_refund_amount
-- those whose gateway outcome is not known yet. A check keeps their sum within the amount.
CREATE TABLE payment (
    id                    uuid PRIMARY KEY,
    payer_id              uuid        NOT NULL REFERENCES account (id),
    purpose               text        NOT NULL CHECK (purpose IN ('PREMIUM')),
    policy_id             uuid        REFERENCES insurance_policy (id),
    amount                bigint      NOT NULL CHECK (amount BETWEEN 1 AND 10000000),
    refunded_amount       bigint      NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
    pending_refund_amount bigint      NOT NULL DEFAULT 0 CHECK (pending_refund_amount >= 0),
    status                text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'DECLINED', 'REFUNDED')),
    gateway_reference     text        CHECK (char_length(gateway_reference) BETWEEN 1 AND 100),
    decline_code          text        CHECK (char_length(decline_code) BETWEEN 1 AND 50),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    settled_at            timestamptz,
    CHECK (refunded_amount + pending_refund_amount <= amount),
    CHECK (purpose <> 'PREMIUM' OR policy_id IS NOT NULL)
);

CREATE INDEX payment_payer ON payment (payer_id, created_at);
CREATE INDEX payment_created ON payment (created_at);
CREATE INDEX payment_policy ON payment (policy_id);

CREATE TABLE payment_refund (
    id                uuid PRIMARY KEY,
    payment_id        uuid        NOT NULL REFERENCES payment (id),
    amount            bigint      NOT NULL CHECK (amount BETWEEN 1 AND 10000000),
    reason            text        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
    requested_by      uuid        NOT NULL REFERENCES account (id),
    status            text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'DECLINED')),
    gateway_reference text        CHECK (char_length(gateway_reference) BETWEEN 1 AND 100),
    decline_code      text        CHECK (char_length(decline_code) BETWEEN 1 AND 50),
    created_at        timestamptz NOT NULL,
    settled_at        timestamptz
);

CREATE INDEX payment_refund_payment ON payment_refund (payment_id, created_at);

-- The first response to each Idempotency-Key of an account. The primary key makes a
-- concurrent duplicate wait for the first request's transaction and then read its
-- response. request_fingerprint is the SHA-256 of the operation and the canonical request
-- body, so the same key with another body or on another operation is detected.
CREATE TABLE payment_idempotency_key (
    account_id          uuid        NOT NULL REFERENCES account (id),
    idempotency_key     text        NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{1,64}$'),
    operation           text        NOT NULL CHECK (operation IN ('CREATE_PAYMENT', 'REFUND_PAYMENT')),
    request_fingerprint bytea       NOT NULL CHECK (octet_length(request_fingerprint) = 32),
    response_status     integer     CHECK (response_status BETWEEN 200 AND 299),
    response_body       text,
    resource_id         uuid,
    created_at          timestamptz NOT NULL,
    completed_at        timestamptz,
    PRIMARY KEY (account_id, idempotency_key),
    CHECK ((completed_at IS NULL) = (response_body IS NULL) AND (completed_at IS NULL) = (response_status IS NULL))
);

-- Each webhook event of the payment gateway, by the gateway's event id, so that a
-- delivered event is applied once however often it is sent.
CREATE TABLE payment_webhook_event (
    event_id    text        PRIMARY KEY CHECK (event_id ~ '^[A-Za-z0-9_-]{1,100}$'),
    event_type  text        NOT NULL CHECK (char_length(event_type) BETWEEN 1 AND 50),
    signed_at   timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('RECEIVED', 'APPLIED', 'IGNORED')),
    payment_id  uuid        REFERENCES payment (id),
    refund_id   uuid        REFERENCES payment_refund (id)
);
