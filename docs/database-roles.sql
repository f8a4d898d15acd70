-- Creates the Pet-to-You database and its four roles on a production PostgreSQL server.
-- Run once as a superuser with psql, passing each password as a variable:
--
--   psql -v ON_ERROR_STOP=1 -v migrator_password=... -v app_password=... \
--        -v backup_password=... -v monitor_password=... -f docs/database-roles.sql
--
-- Every password must be a distinct random value of at least 16 characters. Local mode and
-- the tests create the same roles and privileges on their own servers.

CREATE ROLE pettoyou_migrator LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'migrator_password';
CREATE ROLE pettoyou_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE ROLE pettoyou_backup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'backup_password';
CREATE ROLE pettoyou_monitor LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'monitor_password';
GRANT pg_monitor TO pettoyou_monitor;

-- The migration role owns the database and every table that Flyway creates.
CREATE DATABASE pettoyou OWNER pettoyou_migrator ENCODING 'UTF8';
\connect pettoyou

REVOKE ALL ON DATABASE pettoyou FROM PUBLIC;
GRANT CONNECT ON DATABASE pettoyou TO pettoyou_app, pettoyou_backup, pettoyou_monitor;
GRANT CONNECT, TEMPORARY ON DATABASE pettoyou TO pettoyou_migrator;
ALTER SCHEMA public OWNER TO pettoyou_migrator;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pettoyou_app, pettoyou_backup;

-- Tables created later by the migration role: the application may read, insert and update,
-- but never delete, truncate or change the schema. Migrations revoke UPDATE on the audit
-- tables, so the audit trail is append-only for the application.
ALTER DEFAULT PRIVILEGES FOR ROLE pettoyou_migrator IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE ON TABLES TO pettoyou_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pettoyou_migrator IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO pettoyou_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pettoyou_migrator IN SCHEMA public
    GRANT SELECT ON TABLES TO pettoyou_backup;
ALTER DEFAULT PRIVILEGES FOR ROLE pettoyou_migrator IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO pettoyou_backup;
