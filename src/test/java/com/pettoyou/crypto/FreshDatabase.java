package com.pettoyou.crypto;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pettoyou.local.LocalServices;
import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.TestServices;

/**
 * An empty database on the shared test PostgreSQL server, with the same roles and default
 * privileges as the platform database, so that keyset bootstrap can be tested on an empty
 * {@code crypto_keyset} table. {@link #close()} drops it.
 */
final class FreshDatabase implements AutoCloseable {

	static final String MIGRATOR = "pettoyou_migrator";

	static final String APP = "pettoyou_app";

	private final LocalServices services = TestServices.services();

	private final String name = "crypto_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private FreshDatabase() {
	}

	/** Creates the database and grants the application role what it has in production. */
	static FreshDatabase create() throws SQLException {
		FreshDatabase database = new FreshDatabase();
		try (Connection admin = DriverManager.getConnection(database.services.adminJdbcUrl());
				Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database.name + " OWNER " + MIGRATOR + " ENCODING 'UTF8'");
		}
		try (Connection admin = DriverManager.getConnection(database.adminUrl());
				Statement sql = admin.createStatement()) {
			database.grant(sql);
		}
		return database;
	}

	/** Returns the Spring properties that point a context and Flyway at this database. */
	String[] springProperties() {
		RoleLogin app = login(APP);
		RoleLogin migrator = login(MIGRATOR);
		return new String[] { "spring.datasource.url=" + app.url(), "spring.datasource.username=" + app.user(),
				"spring.datasource.password=" + app.password(), "spring.flyway.url=" + migrator.url(),
				"spring.flyway.user=" + migrator.user(), "spring.flyway.password=" + migrator.password(),
				"spring.flyway.placeholders.appRole=" + APP, "spring.flyway.placeholders.backupRole=pettoyou_backup" };
	}

	/** Runs the migrations as the migration role. */
	void migrate() {
		RoleLogin migrator = login(MIGRATOR);
		Flyway.configure()
			.dataSource(migrator.url(), migrator.user(), migrator.password())
			.placeholders(Map.of("appRole", APP, "backupRole", "pettoyou_backup"))
			.load()
			.migrate();
	}

	/** Returns a data source that connects as the application role. */
	DataSource appDataSource() {
		RoleLogin app = login(APP);
		return new DriverManagerDataSource(app.url(), app.user(), app.password());
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

	/** Replaces the database name in a JDBC URL, keeping any query parameters. */
	private String withDatabase(String url) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + this.name + params;
	}

}
