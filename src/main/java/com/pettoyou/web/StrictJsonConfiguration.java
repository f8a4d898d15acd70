package com.pettoyou.web;

import java.time.LocalDate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes JSON request bodies strict: unknown properties, duplicate keys, trailing tokens,
 * null for primitives and every scalar coercion ({@code "5"} for a number, {@code 0.5} or
 * {@code 1e7} for an integer, a number for an enum, string or boolean) are rejected with
 * 400, and documents may nest at most {@value #MAX_NESTING_DEPTH} levels.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	static final int MAX_NESTING_DEPTH = 64;

	/** Longer than any string that fits in the default 1 MiB body limit. */
	static final int MAX_STRING_LENGTH = 2 * 1024 * 1024;

	/**
	 * Replaces Spring Boot's mapper builder only to give it a JSON factory with read
	 * constraints, which Jackson 3 fixes when the builder is created. Every
	 * {@link JsonMapperBuilderCustomizer}, Spring Boot's included, still runs in order.
	 */
	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING_DEPTH)
			.maxStringLength(MAX_STRING_LENGTH)
			.build();
		JsonMapper.Builder builder = JsonMapper
			.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	JsonMapperBuilderCustomizer strictJsonReading() {
		return (builder) -> {
			builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
			builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
			builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
			builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
					MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
			builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
			builder.withConfigOverride(LocalDate.class,
					(override) -> override.setFormat(JsonFormat.Value.forLeniency(false)));
			rejectScalarCoercions(builder);
		};
	}

	private static void rejectScalarCoercions(JsonMapper.Builder builder) {
		builder.withCoercionConfig(LogicalType.Integer,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
		builder.withCoercionConfig(LogicalType.Float,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
		builder.withCoercionConfig(LogicalType.Boolean,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
		builder.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
		builder.withCoercionConfig(LogicalType.Enum,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

}
