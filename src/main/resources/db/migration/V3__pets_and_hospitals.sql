-- Pets and animal hospitals. Runs as the migration role; the application role gets
-- SELECT, INSERT and UPDATE through default privileges and never DELETE, so a pet is
-- removed by setting deleted_at.

CREATE TABLE pet (
    id          uuid PRIMARY KEY,
    owner_id    uuid        NOT NULL REFERENCES account (id),
    name        text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    species     text        NOT NULL CHECK (species IN ('DOG', 'CAT', 'OTHER')),
    breed       text        CHECK (char_length(breed) BETWEEN 1 AND 50),
    birth_date  date,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    deleted_at  timestamptz,
    version     bigint      NOT NULL DEFAULT 0
);

CREATE INDEX pet_owner ON pet (owner_id, created_at) WHERE deleted_at IS NULL;

-- Licensed animal hospitals. licence_number is the licence management number of the
-- local-licensing register, which the register import uses as the key of a hospital.
CREATE TABLE hospital (
    id              uuid PRIMARY KEY,
    licence_number  text        NOT NULL UNIQUE CHECK (licence_number ~ '^[0-9]{10,30}$'),
    name            text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    district        text        NOT NULL CHECK (char_length(district) BETWEEN 1 AND 20),
    road_address    text        NOT NULL CHECK (char_length(road_address) BETWEEN 1 AND 200),
    lot_address     text        CHECK (char_length(lot_address) <= 200),
    phone           text        CHECK (char_length(phone) <= 20),
    postal_code     text        CHECK (postal_code ~ '^[0-9]{5}$'),
    licensed_on     date,
    status          text        NOT NULL CHECK (status IN ('OPERATING', 'SUSPENDED', 'CLOSED')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX hospital_district ON hospital (district, name);
