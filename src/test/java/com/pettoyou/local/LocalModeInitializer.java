package com.pettoyou.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts embedded PostgreSQL and Redis and generates development keys under the folder
 * named by {@code PETTOYOU_STATE_DIR} (default {@code .pettoyou} in the working
 * directory), then points the application at them. The services stop when the application
 * context closes.
 */
public class LocalModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final Path STATE_DIRECTORY = Path.of(System.getenv().getOrDefault("PETTOYOU_STATE_DIR", ".pettoyou"));

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalServices services = LocalServices.start(STATE_DIRECTORY.resolve("postgres"));
		DevelopmentKeys keys = DevelopmentKeys.loadOrCreate(STATE_DIRECTORY.resolve("keys"));
		Map<String, Object> properties = new LinkedHashMap<>(services.properties());
		properties.putAll(keys.properties());
		properties.put("pettoyou.audit.checkpoint-directory", STATE_DIRECTORY.resolve("checkpoints").toString());
		properties.put("pettoyou.documents.directory", STATE_DIRECTORY.resolve("documents").toString());
		addFirst(context.getEnvironment(), "localMode", properties);
		registerForShutdown((GenericApplicationContext) context, services);
	}

	static void addFirst(ConfigurableEnvironment environment, String name, Map<String, Object> properties) {
		environment.getPropertySources().addFirst(new MapPropertySource(name, properties));
	}

	/**
	 * Registers the services as a bean that the data source and the Redis connection
	 * factory depend on, so Spring closes both connection pools before it stops the
	 * servers.
	 */
	private static void registerForShutdown(GenericApplicationContext context, LocalServices services) {
		context.registerBean("localServices", LocalServices.class, () -> services,
				(definition) -> definition.setDestroyMethodName("close"));
		context.addBeanFactoryPostProcessor((beanFactory) -> {
			for (String name : new String[] { "dataSource", "redisConnectionFactory" }) {
				if (beanFactory.containsBeanDefinition(name)) {
					BeanDefinition definition = beanFactory.getBeanDefinition(name);
					definition.setDependsOn("localServices");
				}
			}
		});
	}

}
