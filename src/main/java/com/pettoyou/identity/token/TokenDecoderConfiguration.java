package com.pettoyou.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the only {@link JwtDecoder}: HS256 alone, the key chosen by {@code kid} from the
 * configured keyring, and every claim checked against the injected clock with 60 seconds
 * of skew.
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	@Bean
	JwtDecoder jwtDecoder(TokenKeyring keyring, Clock clock) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(keySelector(keyring));
		// Claim values are checked by the Spring validators below, against the injected
		// clock. Only the presence of claims is checked here, before Spring's mapping.
		processor.setJWTClaimsSetVerifier(RequiredClaimsValidator::verifyPresent);
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		decoder.setJwtValidator(validator(clock));
		return decoder;
	}

	private static JWSKeySelector<SecurityContext> keySelector(TokenKeyring keyring) {
		return (header, context) -> {
			if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
				return List.of();
			}
			var key = keyring.find(header.getKeyID());
			return (key != null) ? List.of(key) : List.of();
		};
	}

	private static OAuth2TokenValidator<Jwt> validator(Clock clock) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
		timestamps.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(new RequiredClaimsValidator(), timestamps,
				new JwtIssuerValidator(TokenIssuer.ISSUER), new AudienceValidator(), new IssuedAtValidator(clock));
	}

}
