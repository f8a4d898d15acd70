package com.pettoyou.web;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that every response of the API carries, built from Spring
 * Security's header writers. HSTS is sent on every request, not only over HTTPS, because
 * TLS ends at the load balancer and the header must reach the browser either way.
 */
final class SecurityHeaders {

	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	/**
	 * The policy of the Swagger UI pages in local mode. Its HTML loads only scripts and
	 * stylesheets from its own origin and has no inline script, so no
	 * {@code 'unsafe-inline'} is needed; images may also be {@code data:} URIs, which its
	 * stylesheet uses for icons, and the page fetches the API document from the same
	 * origin.
	 */
	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'";

	/**
	 * The policy of the security console's pages. They load one stylesheet from the
	 * application, draw charts as inline SVG and run no script, and their forms post back
	 * to the application only.
	 */
	static final String CONSOLE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'";

	static final String PERMISSIONS_POLICY = "geolocation=(), microphone=(), camera=()";

	private SecurityHeaders() {
	}

	/** Returns the header writers, in the order they run. */
	static List<HeaderWriter> writers() {
		return writers(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"), ConsolePages.MATCHER);
	}

	/**
	 * Returns the header writers with the Swagger UI policy on the requests that
	 * {@code swaggerUi} matches, the console policy on those that {@code console} matches
	 * and the API policy on all others.
	 */
	static List<HeaderWriter> writers(RequestMatcher swaggerUi, RequestMatcher console) {
		RequestMatcher api = new NegatedRequestMatcher(new OrRequestMatcher(swaggerUi, console));
		return List.of(new HstsHeaderWriter(AnyRequestMatcher.INSTANCE, HSTS_MAX_AGE_SECONDS, true, true),
				new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
				new DelegatingRequestMatcherHeaderWriter(swaggerUi,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)),
				new DelegatingRequestMatcherHeaderWriter(console,
						new ContentSecurityPolicyHeaderWriter(CONSOLE_POLICY)),
				new DelegatingRequestMatcherHeaderWriter(api, new ContentSecurityPolicyHeaderWriter(API_POLICY)),
				new StaticHeadersWriter("Cache-Control", "no-store"));
	}

}
