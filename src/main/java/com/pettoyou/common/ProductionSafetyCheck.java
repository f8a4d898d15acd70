package com.pettoyou.common;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Stops a {@code prod} start before any bean is created when a secret is missing, too
 * short, a known default or reused for a second purpose, or when a development setting is
 * on. The failure names each offending property and never its value.
 */
public class ProductionSafetyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
		}
	}

	/** Settings without a safe default that production must name explicitly. */
	private static final List<String> REQUIRED = List.of("spring.datasource.url", "spring.data.redis.url",
			"spring.mail.host", "pettoyou.tokens.active-key-id", "pettoyou.audit.checkpoint-directory",
			"pettoyou.documents.directory");

	/** Returns every problem found, each naming a property and the rule it breaks. */
	public static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		for (String name : REQUIRED) {
			if (environment.getProperty(name, "").isBlank()) {
				problems.add(name + " is missing");
			}
		}
		ProductionSecrets secrets = new ProductionSecrets(environment);
		problems.addAll(secrets.problems());
		problems.addAll(DevelopmentSettings.problems(environment));
		return problems;
	}

}
