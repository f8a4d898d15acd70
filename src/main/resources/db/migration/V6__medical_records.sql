-- Medical records: health notes and vaccinations. Clinical free text is stored only as
-- Tink AES-256-GCM ciphertext bound to its table, column and row id. The application
-- role gets SELECT, INSERT and UPDATE through default privileges and never DELETE, so a
-- record is removed by setting deleted_at.

CREATE TABLE health_note (
    id                      uuid PRIMARY KEY,
    pet_id                  uuid        NOT NULL REFERENCES pet (id),
    hospital_id             uuid        REFERENCES hospital (id),
    author_id               uuid        NOT NULL REFERENCES account (id),
    visit_date              date        NOT NULL,
    diagnosis_encrypted     bytea       NOT NULL,
    treatment_encrypted     bytea       NOT NULL,
    prescription_encrypted  bytea,
    actual_cost             bigint      CHECK (actual_cost BETWEEN 0 AND 10000000),
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    deleted_at              timestamptz,
    version                 bigint      NOT NULL DEFAULT 0
);

CREATE INDEX health_note_pet ON health_note (pet_id, visit_date DESC, created_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE vaccination (
    id              uuid PRIMARY KEY,
    pet_id          uuid        NOT NULL REFERENCES pet (id),
    hospital_id     uuid        REFERENCES hospital (id),
    author_id       uuid        NOT NULL REFERENCES account (id),
    vaccine         text        NOT NULL CHECK (char_length(vaccine) BETWEEN 1 AND 100),
    administered_on date        NOT NULL,
    next_due_on     date        CHECK (next_due_on IS NULL OR next_due_on > administered_on),
    created_at      timestamptz NOT NULL,
    deleted_at      timestamptz
);

CREATE INDEX vaccination_pet ON vaccination (pet_id, administered_on DESC, created_at DESC) WHERE deleted_at IS NULL;
