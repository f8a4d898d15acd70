-- Insurance claims, owners' payout accounts and the payouts of approved claims. Runs as the
-- migration role; the application role gets SELECT, INSERT and UPDATE through default
-- privileges and never DELETE. Money is a bigint of whole won. Clinical text and bank
-- details are stored only as Tink AES-256-GCM ciphertext bound to their table, column and
-- row id.

-- A claim for the treatment of an insured pet. claimant_id is the policyholder who
-- submitted it. fraud_flags lists the rules that asked for a manual review; only adjusters
-- see them. approved_amount and payout_amount are set on approval, rejection_reason on
-- rejection, paid_at when the payout succeeded.
CREATE TABLE insurance_claim (
    id                       uuid PRIMARY KEY,
    claimant_id              uuid        NOT NULL REFERENCES account (id),
    policy_id                uuid        NOT NULL REFERENCES insurance_policy (id),
    pet_id                   uuid        NOT NULL REFERENCES pet (id),
    claim_type               text        NOT NULL CHECK (claim_type IN ('GENERAL', 'SURGERY', 'EMERGENCY',
                                 'HOSPITALIZATION', 'DIAGNOSTIC', 'DENTAL', 'CHRONIC')),
    incident_date            date        NOT NULL,
    diagnosis_encrypted      bytea       NOT NULL,
    cost_breakdown_encrypted bytea       NOT NULL,
    total_claim_amount       bigint      NOT NULL CHECK (total_claim_amount BETWEEN 1 AND 10000000),
    review_required          boolean     NOT NULL,
    fraud_flags              text[]      NOT NULL,
    status                   text        NOT NULL CHECK (status IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'PAID',
                                 'REJECTED')),
    reviewer_id              uuid        REFERENCES account (id),
    approved_amount          bigint      CHECK (approved_amount BETWEEN 1 AND total_claim_amount),
    payout_amount            bigint      CHECK (payout_amount BETWEEN 1 AND approved_amount),
    decision_note            text        CHECK (char_length(decision_note) BETWEEN 1 AND 1000),
    rejection_reason         text        CHECK (char_length(rejection_reason) BETWEEN 1 AND 500),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    reviewed_at              timestamptz,
    decided_at               timestamptz,
    paid_at                  timestamptz,
    version                  bigint      NOT NULL DEFAULT 0,
    CHECK ((status IN ('APPROVED', 'PAID')) = (approved_amount IS NOT NULL)),
    CHECK ((approved_amount IS NULL) = (payout_amount IS NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status IN ('APPROVED', 'PAID', 'REJECTED')) = (decided_at IS NOT NULL)),
    CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
);

-- The per-account submission limits count an account's claims of the last day.
CREATE INDEX insurance_claim_claimant ON insurance_claim (claimant_id, created_at);
-- The payout of an approval is capped by what the policy's earlier approvals left.
CREATE INDEX insurance_claim_policy ON insurance_claim (policy_id, status);
-- The duplicate-claim rule looks for the same pet, type, incident date and amount.
CREATE INDEX insurance_claim_duplicate ON insurance_claim (pet_id, claim_type, incident_date, total_claim_amount);
CREATE INDEX insurance_claim_status ON insurance_claim (status, created_at);

-- The health notes that a claim cites, all of the claim's pet.
CREATE TABLE insurance_claim_health_note (
    claim_id       uuid NOT NULL REFERENCES insurance_claim (id),
    health_note_id uuid NOT NULL REFERENCES health_note (id),
    PRIMARY KEY (claim_id, health_note_id)
);

-- The uploaded documents, such as receipts, that a claim attaches, all uploaded by the
-- claimant. Adjusters may download a document that is attached to a claim.
CREATE TABLE insurance_claim_document (
    claim_id    uuid NOT NULL REFERENCES insurance_claim (id),
    document_id uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (claim_id, document_id)
);

CREATE INDEX insurance_claim_document_document ON insurance_claim_document (document_id);

-- The bank account that an owner's payouts go to, one per account. The account number and
-- the holder's name are encrypted; account_number_last4 is kept in clear for the masked
-- form that responses show.
CREATE TABLE payout_account (
    account_id               uuid PRIMARY KEY REFERENCES account (id),
    bank_code                text        NOT NULL CHECK (bank_code ~ '^[0-9]{3}$'),
    account_number_encrypted bytea       NOT NULL,
    account_number_last4     text        NOT NULL CHECK (account_number_last4 ~ '^[0-9]{4}$'),
    holder_name_encrypted    bytea       NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);

-- The money sent for an approved claim, one payout per claim. key_sequence numbers the
-- gateway idempotency key of the next call. It grows only after the gateway declined or
-- could not be reached. A call whose outcome is unknown is therefore repeated under the
-- same key, and a gateway that honours the key pays at most once. bank_code and
-- account_number_last4 record the account of the latest attempt.
CREATE TABLE payout (
    id                   uuid PRIMARY KEY,
    claim_id             uuid        NOT NULL UNIQUE REFERENCES insurance_claim (id),
    recipient_id         uuid        NOT NULL REFERENCES account (id),
    amount               bigint      NOT NULL CHECK (amount BETWEEN 1 AND 10000000),
    status               text        NOT NULL CHECK (status IN ('PENDING_ACCOUNT', 'PENDING', 'SUCCEEDED', 'FAILED')),
    attempts             integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    key_sequence         integer     NOT NULL DEFAULT 1 CHECK (key_sequence >= 1),
    bank_code            text        CHECK (bank_code ~ '^[0-9]{3}$'),
    account_number_last4 text        CHECK (account_number_last4 ~ '^[0-9]{4}$'),
    gateway_reference    text        CHECK (char_length(gateway_reference) BETWEEN 1 AND 100),
    failure_code         text        CHECK (char_length(failure_code) BETWEEN 1 AND 50),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    paid_at              timestamptz,
    CHECK ((status = 'SUCCEEDED') = (paid_at IS NOT NULL)),
    CHECK ((status = 'SUCCEEDED') = (gateway_reference IS NOT NULL))
);

CREATE INDEX payout_created ON payout (created_at);
CREATE INDEX payout_recipient ON payout (recipient_id, status);
