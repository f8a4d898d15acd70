package com.pettoyou.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import com.pettoyou.local.DatabaseProvisioner.RolePasswords;

/**
 * PostgreSQL and Redis for local mode and tests. Each is embedded on loopback unless an
 * environment variable names an external server: {@code PETTOYOU_TEST_POSTGRES_URL} (a
 * JDBC URL with superuser credentials) and {@code PETTOYOU_TEST_REDIS_URL}
 * ({@code redis://host:port}). An external server gets a fresh database per run, dropped
 * on {@link #close()}.
 */
public final class LocalServices implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

	private final EmbeddedPostgres postgres;

	private final RedisServer redis;

	private final String adminUrl;

	private final String database;

	private final boolean externalDatabase;

	private final RolePasswords passwords = RolePasswords.random();

	private final String redisHost;

	private final int redisPort;

	private LocalServices(EmbeddedPostgres postgres, String adminUrl, String database, RedisServer redis,
			String redisHost, int redisPort) {
		this.postgres = postgres;
		this.adminUrl = adminUrl;
		this.database = database;
		this.externalDatabase = postgres == null;
		this.redis = redis;
		this.redisHost = redisHost;
		this.redisPort = redisPort;
	}

	/**
	 * Starts the services for one run.
	 * @param dataDirectory where embedded PostgreSQL keeps its data between runs, or
	 * {@code null} for a throw-away cluster
	 */
	public static LocalServices start(Path dataDirectory) {
		String externalPostgres = System.getenv("PETTOYOU_TEST_POSTGRES_URL");
		String externalRedis = System.getenv("PETTOYOU_TEST_REDIS_URL");
		EmbeddedPostgres postgres = (externalPostgres == null) ? startPostgres(dataDirectory) : null;
		String adminUrl = (postgres != null) ? postgres.getJdbcUrl("postgres", "postgres") : externalPostgres;
		String database = (postgres != null) ? "pettoyou"
				: "pettoyou_test_" + UUID.randomUUID().toString().substring(0, 8);
		LocalServices services;
		if (externalRedis == null) {
			int port = freePort();
			services = new LocalServices(postgres, adminUrl, database, startRedis(port), "127.0.0.1", port);
		}
		else {
			URI uri = URI.create(externalRedis);
			services = new LocalServices(postgres, adminUrl, database, null, uri.getHost(), uri.getPort());
		}
		services.provision();
		log.info("Local services ready: PostgreSQL {} ({}), Redis {}:{} ({})", database,
				services.externalDatabase ? "external" : "embedded", services.redisHost, services.redisPort,
				(externalRedis == null) ? "embedded" : "external");
		return services;
	}

	/** Returns the Spring properties that point the application at these services. */
	public Map<String, Object> properties() {
		String url = DatabaseProvisioner.withDatabase(adminUrl, database);
		String plainUrl = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", plainUrl);
		properties.put("spring.datasource.username", DatabaseProvisioner.APP);
		properties.put("spring.datasource.password", passwords.app());
		properties.put("spring.flyway.url", plainUrl);
		properties.put("spring.flyway.user", DatabaseProvisioner.MIGRATOR);
		properties.put("spring.flyway.password", passwords.migrator());
		properties.put("spring.data.redis.host", redisHost);
		properties.put("spring.data.redis.port", redisPort);
		return properties;
	}

	/**
	 * Returns a JDBC URL with superuser rights on the platform database, for test checks.
	 */
	public String adminJdbcUrl() {
		return DatabaseProvisioner.withDatabase(adminUrl, database);
	}

	/**
	 * Creates another empty database on the same server, with the platform's roles and
	 * privileges, for a test that must not share the platform database.
	 * @param prefix the start of the database name, lower-case letters and underscores
	 */
	public ScratchDatabase createScratchDatabase(String prefix) throws SQLException {
		String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		DatabaseProvisioner.createDatabase(adminUrl, name);
		return new ScratchDatabase(this, adminUrl, name);
	}

	/** Returns a JDBC URL and credentials for one of the provisioned roles. */
	public RoleLogin login(String role) {
		String password = switch (role) {
			case DatabaseProvisioner.MIGRATOR -> passwords.migrator();
			case DatabaseProvisioner.APP -> passwords.app();
			case DatabaseProvisioner.BACKUP -> passwords.backup();
			case DatabaseProvisioner.MONITOR -> passwords.monitor();
			default -> throw new IllegalArgumentException("Unknown database role: " + role);
		};
		String url = DatabaseProvisioner.withDatabase(adminUrl, database);
		return new RoleLogin(url.contains("?") ? url.substring(0, url.indexOf('?')) : url, role, password);
	}

	public String redisHost() {
		return redisHost;
	}

	public int redisPort() {
		return redisPort;
	}

	@Override
	public void close() {
		try {
			if (externalDatabase) {
				DatabaseProvisioner.drop(adminUrl, database);
			}
			if (redis != null) {
				redis.stop();
			}
			if (postgres != null) {
				postgres.close();
			}
			log.info("Local services stopped");
		}
		catch (IOException | SQLException ex) {
			log.warn("Stopping local services failed: {}", ex.getMessage());
		}
	}

	private void provision() {
		try {
			DatabaseProvisioner.provision(adminUrl, database, passwords);
		}
		catch (SQLException ex) {
			close();
			throw new IllegalStateException("Provisioning the database failed: " + ex.getMessage(), ex);
		}
	}

	private static EmbeddedPostgres startPostgres(Path dataDirectory) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
			if (dataDirectory != null) {
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Starting embedded PostgreSQL failed", ex);
		}
	}

	private static RedisServer startRedis(int port) {
		try {
			RedisServer server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Starting embedded Redis failed", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for Redis", ex);
		}
	}

	/** Credentials of one database role; {@code toString()} hides the password. */
	public record RoleLogin(String url, String user, String password) {

		@Override
		public String toString() {
			return "RoleLogin[url=" + url + ", user=" + user + "]";
		}

	}

}
