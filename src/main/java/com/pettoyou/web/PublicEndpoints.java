package com.pettoyou.web;

import java.util.List;

/** The routes that answer without credentials; every other route needs a live session. */
final class PublicEndpoints {

	static final List<String> POST_PATHS = List.of("/api/v1/auth/register", "/api/v1/auth/verify-email",
			"/api/v1/auth/login", "/api/v1/auth/password/reset-request", "/api/v1/auth/password/reset");

	private PublicEndpoints() {
	}

}
