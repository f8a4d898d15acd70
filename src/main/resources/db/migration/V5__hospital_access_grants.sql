-- Consent that an owner gives one hospital to access one pet's medical records. A grant is
-- never deleted: revocation and expiry are timestamps, so the history of consent stays.
CREATE TABLE hospital_access_grant (
    id          uuid PRIMARY KEY,
    pet_id      uuid        NOT NULL REFERENCES pet (id),
    hospital_id uuid        NOT NULL REFERENCES hospital (id),
    purpose     text        NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 200),
    granted_by  uuid        NOT NULL REFERENCES account (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    CHECK (expires_at IS NULL OR expires_at > created_at)
);

CREATE INDEX hospital_access_grant_pet ON hospital_access_grant (pet_id, hospital_id);
