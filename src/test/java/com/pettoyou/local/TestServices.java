package com.pettoyou.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * One set of services and keys shared by every test context in a JVM: a throw-away
 * PostgreSQL cluster (or a fresh database on an external server), Redis, random keys and
 * a temporary mail outbox. Everything stops when the JVM exits.
 */
public final class TestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static LocalServices services;

	private static DevelopmentKeys keys;

	private static Path outbox;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new LinkedHashMap<>(services().properties());
		properties.putAll(keys.properties());
		properties.put("pettoyou.mail.outbox", outbox.toString());
		properties.put("pettoyou.audit.checkpoint-directory", outbox.resolve("checkpoints").toString());
		properties.put("pettoyou.documents.directory", outbox.resolve("documents").toString());
		LocalModeInitializer.addFirst(context.getEnvironment(), "testServices", properties);
	}

	/** Returns the shared services, starting them on first use. */
	public static synchronized LocalServices services() {
		if (services == null) {
			services = LocalServices.start(null);
			keys = DevelopmentKeys.generate();
			outbox = createOutbox();
			Runtime.getRuntime().addShutdownHook(new Thread(TestServices::shutdown, "test-services-shutdown"));
		}
		return services;
	}

	/** Returns the folder that the mail outbox writes to. */
	public static Path outbox() {
		services();
		return outbox;
	}

	private static void shutdown() {
		services.close();
		FileSystemUtils.deleteRecursively(outbox.toFile());
	}

	private static Path createOutbox() {
		try {
			return Files.createTempDirectory("pettoyou-outbox");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Creating the test mail outbox failed", ex);
		}
	}

}
