package com.pettoyou.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.pettoyou.ratelimit.RateLimiter;

/**
 * Registers the servlet filters that run around the security filter chain, in this order:
 * request metadata, security headers, the last-resort error handler, rate limits, the
 * {@code OPTIONS} check and the body guard. All of them run before Spring Security, whose
 * filter chain has order -100, so their own error responses already carry the headers and
 * the correlation id.
 */
@Configuration(proxyBeanMethods = false)
class WebFilterConfiguration {

	private static final int FIRST = Ordered.HIGHEST_PRECEDENCE;

	@Bean
	FilterRegistrationBean<RequestMetadataFilter> requestMetadataFilter(WebProperties properties) {
		return register(new RequestMetadataFilter(new ClientAddressResolver(properties.trustedProxies())), FIRST,
				DispatcherType.REQUEST);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		return register(new SecurityHeadersFilter(), FIRST + 1, DispatcherType.REQUEST, DispatcherType.ERROR);
	}

	@Bean
	FilterRegistrationBean<UnhandledExceptionFilter> unhandledExceptionFilter(ProblemResponses problems) {
		return register(new UnhandledExceptionFilter(problems), FIRST + 2, DispatcherType.REQUEST);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, ProblemResponses problems) {
		return register(new RateLimitFilter(limiter, problems), FIRST + 3, DispatcherType.REQUEST);
	}

	@Bean
	FilterRegistrationBean<HttpMethodFilter> httpMethodFilter(ProblemResponses problems) {
		return register(new HttpMethodFilter(problems), FIRST + 4, DispatcherType.REQUEST);
	}

	@Bean
	FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(WebProperties properties, ProblemResponses problems) {
		return register(new RequestBodyFilter(properties.maxJsonBody().toBytes(), problems), FIRST + 5,
				DispatcherType.REQUEST);
	}

	/**
	 * Lets TRACE and encoded slashes reach the application, where the firewall rejects
	 * them with problem details and the security headers. Otherwise Tomcat would reject
	 * them itself with an HTML error page. What Tomcat still rejects itself, such as
	 * {@code %00}, gets the same problem details from {@link ContainerErrorValve}.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatRejectionsInApplication() {
		return (factory) -> {
			factory.addConnectorCustomizers((connector) -> {
				connector.setAllowTrace(true);
				connector.setEncodedSolidusHandling("passthrough");
				connector.setEncodedReverseSolidusHandling("passthrough");
			});
			factory.addContextCustomizers((context) -> ((StandardHost) context.getParent())
				.setErrorReportValveClass(ContainerErrorValve.class.getName()));
		};
	}

	private static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order,
			DispatcherType... dispatcherTypes) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		registration.setDispatcherTypes(EnumSet.of(dispatcherTypes[0], dispatcherTypes));
		return registration;
	}

}
