package com.pettoyou.web;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.pettoyou.identity.CsrfTokens;
import com.pettoyou.identity.Permission;

/**
 * The one security filter chain of the API: stateless, every route authenticated unless
 * {@link PublicEndpoints} lists it, tokens read by {@link SessionCookieTokenResolver} and
 * checked by the identity module's decoder and session converter, a session-bound CSRF
 * check for cookie-authenticated writes, and method security for permission checks.
 * Actuator endpoints other than health need {@code read:security_alerts}. Every rejection
 * is written as problem details by {@link SecurityProblemHandlers}, except on the
 * security console's HTML pages, where {@link ConsolePages} redirects or explains; the
 * response headers come from {@link SecurityHeadersFilter}, which runs before this chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiFilterChain(HttpSecurity http, JwtDecoder decoder,
			Converter<Jwt, AbstractAuthenticationToken> sessionConverter, Environment environment,
			SecurityProblemHandlers handlers, CsrfTokens csrfTokens, ProblemResponses problems,
			WebProperties properties, AccessDenials denials) throws Exception {
		RequestMatcher publicEndpoints = PublicEndpoints.matcher(environment);
		AuthenticationEntryPoint entryPoint = ConsolePages.entryPoint(handlers);
		AccessDeniedHandler accessDeniedHandler = ConsolePages.accessDeniedHandler(handlers, denials);
		http.csrf((csrf) -> csrf.disable())
			.cors((cors) -> cors.disable())
			.headers((headers) -> headers.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.authorizeHttpRequests((requests) -> authorizationRules(requests, publicEndpoints))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.bearerTokenResolver(new SessionCookieTokenResolver(publicEndpoints))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler)
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(sessionConverter))
				.withObjectPostProcessor(reportServiceFailures(entryPoint)))
			.addFilterBefore(CorsSettings.filter(properties.cors().allowedOrigins(), problems),
					BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new SessionCsrfFilter(csrfTokens, problems, denials),
					BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Permits error dispatches, which only render an error that was already decided, and
	 * the public routes. Actuator endpoints and the security console need
	 * {@code read:security_alerts}, except the console's sign-out and the page that
	 * explains a denial, which any session may open. Every other route needs
	 * authentication.
	 */
	private static void authorizationRules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			RequestMatcher publicEndpoints) {
		requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(publicEndpoints)
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasAuthority(Permission.READ_SECURITY_ALERTS.authority())
			.requestMatchers(ConsolePages.DENIED_PATH, ConsolePages.SIGN_OUT_PATH)
			.authenticated()
			.requestMatchers(ConsolePages.MATCHER)
			.hasAuthority(Permission.READ_SECURITY_ALERTS.authority())
			.anyRequest()
			.authenticated();
	}

	/** Declares the default firewall, so that its use is explicit. */
	@Bean
	HttpFirewall httpFirewall() {
		return new StrictHttpFirewall();
	}

	/**
	 * Makes the bearer filter hand an unreachable session store to the entry point, which
	 * responds with 503, instead of rethrowing it as Spring Security does by default.
	 */
	private static ObjectPostProcessor<BearerTokenAuthenticationFilter> reportServiceFailures(
			AuthenticationEntryPoint entryPoint) {
		AuthenticationEntryPointFailureHandler failureHandler = new AuthenticationEntryPointFailureHandler(entryPoint);
		failureHandler.setRethrowAuthenticationServiceException(false);
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationFailureHandler(failureHandler);
				return filter;
			}
		};
	}

}
