package com.pettoyou.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pettoyou.local.LocalServices;
import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.TestServices;

/**
 * A migrated database of its own on the shared test PostgreSQL server, with the
 * platform's roles and default privileges, so that tests may corrupt its audit trail
 * without affecting other test classes. {@link #close()} drops it.
 */
public final class AuditDatabase implements AutoCloseable {

	private static final String MIGRATOR = "pettoyou_migrator";

	private static final String APP = "pettoyou_app";

	private final LocalServices services = TestServices.services();

	private final String name = "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private AuditDatabase() {
	}

	/** Creates and migrates the database. */
	public static AuditDatabase create() throws SQLException {
		AuditDatabase database = new AuditDatabase();
		try (Connection admin = DriverManager.getConnection(database.services.adminJdbcUrl());
				Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database.name + " OWNER " + MIGRATOR + " ENCODING 'UTF8'");
		}
		try (Connection admin = DriverManager.getConnection(database.adminUrl());
				Statement sql = admin.createStatement()) {
			database.grant(sql);
		}
		RoleLogin migrator = database.login(MIGRATOR);
		Flyway.configure()
			.dataSource(migrator.url(), migrator.user(), migrator.password())
			.placeholders(Map.of("appRole", APP, "backupRole", "pettoyou_backup"))
			.load()
			.migrate();
		return database;
	}

	/** Returns a data source that connects as the application role. */
	public DataSource appDataSource() {
		RoleLogin app = login(APP);
		return new DriverManagerDataSource(app.url(), app.user(), app.password());
	}

	/** Returns the JDBC URL, user and password of the application role. */
	public RoleLogin appLogin() {
		return login(APP);
	}

	/** Returns a client that connects as the superuser. */
	JdbcClient superuser() {
		return JdbcClient.create(new DriverManagerDataSource(adminUrl()));
	}

	/**
	 * Runs statements as the superuser in one transaction, with the append-only triggers
	 * of both audit tables disabled, as an attacker with superuser rights could.
	 */
	void tamper(String... statements) throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl()); Statement sql = admin.createStatement()) {
			admin.setAutoCommit(false);
			sql.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
			sql.execute("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only");
			for (String statement : statements) {
				sql.execute(statement);
			}
			sql.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
			sql.execute("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only");
			admin.commit();
		}
	}

	/** Runs one statement as the superuser, with the triggers enabled. */
	public void executeAsSuperuser(String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection(adminUrl());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	/** Runs one statement as a platform role such as {@code pettoyou_app}. */
	void executeAs(String role, String statement) throws SQLException {
		RoleLogin login = login(role);
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = DriverManager.getConnection(this.services.adminJdbcUrl());
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
	}

	private void grant(Statement sql) throws SQLException {
		sql.execute("REVOKE ALL ON DATABASE " + this.name + " FROM PUBLIC");
		sql.execute("GRANT CONNECT ON DATABASE " + this.name + " TO " + APP);
		sql.execute("ALTER SCHEMA public OWNER TO " + MIGRATOR);
		sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
		sql.execute("GRANT USAGE ON SCHEMA public TO " + APP);
		String defaults = "ALTER DEFAULT PRIVILEGES FOR ROLE " + MIGRATOR + " IN SCHEMA public ";
		sql.execute(defaults + "GRANT SELECT, INSERT, UPDATE ON TABLES TO " + APP);
		sql.execute(defaults + "GRANT USAGE, SELECT ON SEQUENCES TO " + APP);
	}

	private RoleLogin login(String role) {
		RoleLogin login = this.services.login(role);
		return new RoleLogin(withDatabase(login.url()), login.user(), login.password());
	}

	private String adminUrl() {
		return withDatabase(this.services.adminJdbcUrl());
	}

	private String withDatabase(String url) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + this.name + params;
	}

}
