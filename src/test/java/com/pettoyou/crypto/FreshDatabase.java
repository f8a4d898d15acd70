package com.pettoyou.crypto;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.ScratchDatabase;
import com.pettoyou.local.TestServices;

/**
 * An empty database on the shared test PostgreSQL server, with the same roles and default
 * privileges as the platform database, so that keyset bootstrap can be tested on an empty
 * {@code crypto_keyset} table. {@link #close()} drops it.
 */
final class FreshDatabase implements AutoCloseable {

	static final String MIGRATOR = "pettoyou_migrator";

	static final String APP = "pettoyou_app";

	private final ScratchDatabase database;

	private FreshDatabase(ScratchDatabase database) {
		this.database = database;
	}

	/** Creates the database and grants the application role what it has in production. */
	static FreshDatabase create() throws SQLException {
		return new FreshDatabase(TestServices.services().createScratchDatabase("crypto_test_"));
	}

	/** Returns the Spring properties that point a context and Flyway at this database. */
	String[] springProperties() {
		RoleLogin app = database.login(APP);
		RoleLogin migrator = database.login(MIGRATOR);
		return new String[] { "spring.datasource.url=" + app.url(), "spring.datasource.username=" + app.user(),
				"spring.datasource.password=" + app.password(), "spring.flyway.url=" + migrator.url(),
				"spring.flyway.user=" + migrator.user(), "spring.flyway.password=" + migrator.password(),
				"spring.flyway.placeholders.appRole=" + APP, "spring.flyway.placeholders.backupRole=pettoyou_backup" };
	}

	/** Runs the migrations as the migration role. */
	void migrate() {
		database.migrate();
	}

	/** Returns a data source that connects as the application role. */
	DataSource appDataSource() {
		RoleLogin app = database.login(APP);
		return new DriverManagerDataSource(app.url(), app.user(), app.password());
	}

	@Override
	public void close() throws SQLException {
		database.close();
	}

}
