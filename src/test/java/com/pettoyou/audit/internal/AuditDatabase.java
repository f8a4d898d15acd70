package com.pettoyou.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.ScratchDatabase;
import com.pettoyou.local.TestServices;

/**
 * A migrated database of its own on the shared test PostgreSQL server, with the
 * platform's roles and default privileges, so that tests may corrupt its audit trail
 * without affecting other test classes. {@link #close()} drops it.
 */
public final class AuditDatabase implements AutoCloseable {

	private static final String APP = "pettoyou_app";

	private final ScratchDatabase database;

	private AuditDatabase(ScratchDatabase database) {
		this.database = database;
	}

	/** Creates and migrates the database. */
	public static AuditDatabase create() throws SQLException {
		AuditDatabase audit = new AuditDatabase(TestServices.services().createScratchDatabase("audit_test_"));
		audit.database.migrate();
		return audit;
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
		database.close();
	}

	private RoleLogin login(String role) {
		return database.login(role);
	}

	private String adminUrl() {
		return database.adminUrl();
	}

}
