package com.pettoyou.identity;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.pettoyou.support.ApiClient;

/** Reads problem-detail bodies the way a client comparing responses would. */
final class ProblemBodies {

	private ProblemBodies() {
	}

	/** Returns the body without its per-request {@code correlationId}. */
	static JsonNode withoutCorrelationId(ApiClient.Response response) {
		ObjectNode body = (ObjectNode) response.json();
		body.remove("correlationId");
		return body;
	}

	/** Returns the {@code code} of each entry of {@code errors} for this field. */
	static List<String> fieldErrorCodes(ApiClient.Response response, String field) {
		List<String> codes = new ArrayList<>();
		JsonNode errors = response.json().get("errors");
		if (errors != null) {
			for (JsonNode error : errors) {
				if (field.equals(error.get("field").asString())) {
					codes.add(error.get("code").asString());
				}
			}
		}
		return codes;
	}

	static String code(ApiClient.Response response) {
		JsonNode code = response.json().get("code");
		return (code != null) ? code.asString() : null;
	}

}
