package com.pettoyou.local;

import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

import com.pettoyou.local.LocalServices.RoleLogin;

/**
 * A database of a test's own on the shared test server, with the platform's roles and
 * default privileges. {@link #close()} drops it.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final LocalServices services;

	private final String serverAdminUrl;

	private final String name;

	ScratchDatabase(LocalServices services, String serverAdminUrl, String name) {
		this.services = services;
		this.serverAdminUrl = serverAdminUrl;
		this.name = name;
	}

	/** Returns a JDBC URL with superuser rights on this database. */
	public String adminUrl() {
		return DatabaseProvisioner.withDatabase(serverAdminUrl, name);
	}

	/** Returns the JDBC URL and credentials of a platform role on this database. */
	public RoleLogin login(String role) {
		RoleLogin login = services.login(role);
		return new RoleLogin(DatabaseProvisioner.withDatabase(login.url(), name), login.user(), login.password());
	}

	/** Runs the Flyway migrations as the migration role. */
	public void migrate() {
		RoleLogin migrator = login(DatabaseProvisioner.MIGRATOR);
		Flyway.configure()
			.dataSource(migrator.url(), migrator.user(), migrator.password())
			.placeholders(Map.of("appRole", DatabaseProvisioner.APP, "backupRole", DatabaseProvisioner.BACKUP))
			.load()
			.migrate();
	}

	@Override
	public void close() throws SQLException {
		DatabaseProvisioner.drop(serverAdminUrl, name);
	}

}
