-- Metadata of uploaded documents. The encrypted content lives in a file named by the id in
-- the folder set by pettoyou.documents.directory, never in the database. The original file
-- name may carry personal data, so it is encrypted like other personal fields. The
-- application role may read and insert rows; a document never changes after upload, so it
-- has no UPDATE, and, as everywhere, no DELETE.
CREATE TABLE document (
    id                  uuid PRIMARY KEY,
    uploader_id         uuid        NOT NULL REFERENCES account (id),
    file_name_encrypted bytea       NOT NULL,
    content_type        text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes          bigint      NOT NULL CHECK (size_bytes > 0),
    sha256              bytea       NOT NULL CHECK (octet_length(sha256) = 32),
    created_at          timestamptz NOT NULL
);

CREATE INDEX document_uploader ON document (uploader_id, created_at, id);

REVOKE UPDATE, DELETE, TRUNCATE ON document FROM ${appRole};
