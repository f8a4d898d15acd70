package com.pettoyou.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the platform's database and its four roles on a PostgreSQL server reached as a
 * superuser, mirroring {@code docs/database-roles.sql}. Role passwords are set anew on
 * every run, so nothing depends on a password that was ever written down.
 */
final class DatabaseProvisioner {

	static final String MIGRATOR = "pettoyou_migrator";

	static final String APP = "pettoyou_app";

	static final String BACKUP = "pettoyou_backup";

	static final String MONITOR = "pettoyou_monitor";

	private DatabaseProvisioner() {
	}

	/**
	 * Creates the roles with the given passwords and the database owned by the migration
	 * role, unless they exist.
	 * @param adminUrl JDBC URL of the server's maintenance database, with superuser
	 * credentials
	 * @param database name of the database to create
	 * @param passwords the role passwords
	 */
	static void provision(String adminUrl, String database, RolePasswords passwords) throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
			createRole(sql, MIGRATOR, passwords.migrator());
			createRole(sql, APP, passwords.app());
			createRole(sql, BACKUP, passwords.backup());
			createRole(sql, MONITOR, passwords.monitor());
			sql.execute("GRANT pg_monitor TO " + MONITOR);
		}
		createDatabase(adminUrl, database);
	}

	/**
	 * Creates the database owned by the migration role, unless it exists, and grants the
	 * roles their privileges in it. The roles must exist already.
	 */
	static void createDatabase(String adminUrl, String database) throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
			if (!databaseExists(sql, database)) {
				sql.execute("CREATE DATABASE " + database + " OWNER " + MIGRATOR + " ENCODING 'UTF8'");
			}
		}
		try (Connection db = DriverManager.getConnection(withDatabase(adminUrl, database));
				Statement sql = db.createStatement()) {
			grantPrivileges(sql, database);
		}
	}

	/** Drops a database made for one test run or one test. */
	static void drop(String adminUrl, String database) throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	static String withDatabase(String adminUrl, String database) {
		int query = adminUrl.indexOf('?');
		String base = (query < 0) ? adminUrl : adminUrl.substring(0, query);
		String params = (query < 0) ? "" : adminUrl.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
	}

	private static void createRole(Statement sql, String role, String password) throws SQLException {
		sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
				+ role + "; END IF; END $$");
		sql.execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
	}

	private static boolean databaseExists(Statement sql, String database) throws SQLException {
		try (var rows = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
			return rows.next();
		}
	}

	private static void grantPrivileges(Statement sql, String database) throws SQLException {
		sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
		sql.execute("GRANT CONNECT ON DATABASE " + database + " TO " + APP + ", " + BACKUP + ", " + MONITOR);
		sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + MIGRATOR);
		sql.execute("ALTER SCHEMA public OWNER TO " + MIGRATOR);
		sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
		sql.execute("GRANT USAGE ON SCHEMA public TO " + APP + ", " + BACKUP);
		String defaults = "ALTER DEFAULT PRIVILEGES FOR ROLE " + MIGRATOR + " IN SCHEMA public ";
		sql.execute(defaults + "GRANT SELECT, INSERT, UPDATE ON TABLES TO " + APP);
		sql.execute(defaults + "GRANT USAGE, SELECT ON SEQUENCES TO " + APP);
		sql.execute(defaults + "GRANT SELECT ON TABLES TO " + BACKUP);
		sql.execute(defaults + "GRANT SELECT ON SEQUENCES TO " + BACKUP);
	}

	/** Passwords of the four database roles; {@code toString()} shows none of them. */
	record RolePasswords(String migrator, String app, String backup, String monitor) {

		static RolePasswords random() {
			return new RolePasswords(Secrets.randomToken(), Secrets.randomToken(), Secrets.randomToken(),
					Secrets.randomToken());
		}

		@Override
		public String toString() {
			return "RolePasswords[redacted]";
		}

	}

}
