package com.pettoyou.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;
import com.pettoyou.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access token checks. Every rejected token differs in one respect from a token that the
 * test signs with the real key for a live session, which {@link #selfSignedTokenAccepted}
 * shows is accepted.
 */
@IntegrationTest
class TokenValidationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SEVEN_DAYS = 604_800;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	ApiClient api;

	String keyId;

	byte[] key;

	String issuedToken;

	Map<String, Object> header;

	Map<String, Object> claims;

	long now;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		String[] firstKey = environment.getRequiredProperty("pettoyou.tokens.signing-keys").split(",")[0].split(":", 2);
		keyId = firstKey[0].trim();
		key = Base64.getDecoder().decode(firstKey[1].trim());

		String email = Accounts.aVerifiedOwner(api);
		issuedToken = Accounts.login(api, email, Accounts.PASSWORD);
		JsonNode issued = Tokens.claims(issuedToken);
		now = clock.instant().getEpochSecond();
		header = new LinkedHashMap<>(Map.of("alg", "HS256", "typ", "JWT", "kid", keyId));
		claims = new LinkedHashMap<>();
		claims.put("sub", issued.get("sub").asString());
		claims.put("role", issued.get("role").asString());
		claims.put("jti", issued.get("jti").asString());
		claims.put("iss", "pettoyou-api");
		claims.put("aud", "pettoyou-mobile");
		claims.put("iat", now);
		claims.put("exp", now + SEVEN_DAYS);
	}

	@Test
	void selfSignedTokenAccepted() {
		assertThat(status(hmac(header, claims, "HmacSHA256", key))).isEqualTo(200);
	}

	@Test
	void opaqueTokenRejected() {
		assertThat(status("invalid-token")).isEqualTo(401);
	}

	@Test
	void algNoneRejected() {
		for (String none : List.of("none", "None", "NONE")) {
			Map<String, Object> unsigned = with(header, "alg", none);
			String token = encode(unsigned) + "." + encode(claims) + ".";
			assertThat(status(token)).as("alg %s", none).isEqualTo(401);
		}
	}

	@Test
	void hs384WithRealKeyRejected() {
		assertThat(status(hmac(with(header, "alg", "HS384"), claims, "HmacSHA384", key))).isEqualTo(401);
	}

	@Test
	void hs512WithRealKeyRejected() {
		assertThat(status(hmac(with(header, "alg", "HS512"), claims, "HmacSHA512", key))).isEqualTo(401);
	}

	@Test
	void rs256Rejected() throws JOSEException {
		RSAKey attacker = new RSAKeyGenerator(2048).generate();
		JWSHeader rs256 = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build();

		assertThat(status(sign(rs256, new RSASSASigner(attacker)))).isEqualTo(401);
	}

	@Test
	void es256Rejected() throws JOSEException {
		ECKey attacker = new ECKeyGenerator(Curve.P_256).generate();
		JWSHeader es256 = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build();

		assertThat(status(sign(es256, new ECDSASigner(attacker)))).isEqualTo(401);
	}

	@Test
	void emptySignatureRejected() {
		String token = hmac(header, claims, "HmacSHA256", key);

		assertThat(status(token.substring(0, token.lastIndexOf('.') + 1))).isEqualTo(401);
	}

	@Test
	void zeroSignatureRejected() {
		String token = hmac(header, claims, "HmacSHA256", key);
		String zeros = Base64URL.encode(new byte[32]).toString();

		assertThat(status(token.substring(0, token.lastIndexOf('.') + 1) + zeros)).isEqualTo(401);
	}

	@Test
	void embeddedSecretKeyRejected() {
		byte[] attackerKey = randomBytes(32);
		Map<String, Object> jwk = Map.of("kty", "oct", "k", Base64URL.encode(attackerKey).toString());

		String withOwnKid = hmac(with(with(header, "jwk", jwk), "kid", "attacker"), claims, "HmacSHA256", attackerKey);
		String withRealKid = hmac(with(header, "jwk", jwk), claims, "HmacSHA256", attackerKey);

		assertThat(status(withOwnKid)).as("kid of the embedded key").isEqualTo(401);
		assertThat(status(withRealKid)).as("kid of the real key").isEqualTo(401);
	}

	@Test
	void embeddedPublicKeyRejected() throws JOSEException {
		RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
		JWSHeader withJwk = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
			.jwk(attacker.toPublicJWK())
			.build();

		assertThat(status(sign(withJwk, new RSASSASigner(attacker)))).isEqualTo(401);
	}

	@Test
	void keyUrlsNeverFetched() throws Exception {
		RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
		try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			URI url = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/keys.json");
			JWSHeader withJku = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").jwkURL(url).build();
			JWSHeader withX5u = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").x509CertURL(url).build();
			String hmacWithJku = hmac(with(with(header, "jku", url.toString()), "kid", "attacker"), claims,
					"HmacSHA256", randomBytes(32));

			assertThat(status(sign(withJku, new RSASSASigner(attacker)))).as("RS256 with jku").isEqualTo(401);
			assertThat(status(sign(withX5u, new RSASSASigner(attacker)))).as("RS256 with x5u").isEqualTo(401);
			assertThat(status(hmacWithJku)).as("HS256 with jku").isEqualTo(401);
			assertThat(acceptedConnection(listener)).as("connection to the key URL").isFalse();
		}
	}

	@Test
	void certificateChainRejected() throws JOSEException {
		RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
		JWSHeader withX5c = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
			.x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(randomBytes(64))))
			.build();

		assertThat(status(sign(withX5c, new RSASSASigner(attacker)))).isEqualTo(401);
	}

	@Test
	void pathTraversalKidRejected() {
		// HMAC pads keys with zero bytes, so one zero byte gives the same MAC as the
		// empty
		// content of /dev/null.
		String token = hmac(with(header, "kid", "../../dev/null"), claims, "HmacSHA256", new byte[1]);

		assertThat(status(token)).isEqualTo(401);
	}

	@Test
	void missingKidRejected() {
		Map<String, Object> withoutKid = new LinkedHashMap<>(header);
		withoutKid.remove("kid");

		assertThat(status(hmac(withoutKid, claims, "HmacSHA256", key))).isEqualTo(401);
	}

	@Test
	void injectionKidRejected() {
		Map<String, Object> injected = with(header, "kid", "' OR '1'='1");

		assertThat(status(hmac(injected, claims, "HmacSHA256", randomBytes(32)))).as("attacker key").isEqualTo(401);
		assertThat(status(hmac(injected, claims, "HmacSHA256", key))).as("real key").isEqualTo(401);
	}

	@Test
	void wrongAudienceRejected() {
		assertThat(status(signedWith("aud", "pettoyou-admin"))).as("unknown audience").isEqualTo(401);
		assertThat(status(signedWith("aud", "pettoyou-web"))).as("audience of the other client type").isEqualTo(401);
		assertThat(status(signedWith("aud", List.of("pettoyou-mobile", "pettoyou-web")))).as("two audiences")
			.isEqualTo(401);
	}

	@Test
	void wrongIssuerRejected() {
		for (String issuer : List.of("pettoyou-api-staging", "pettoyou", "xpettoyou-api", "PETTOYOU-API")) {
			assertThat(status(signedWith("iss", issuer))).as("issuer %s", issuer).isEqualTo(401);
		}
	}

	@Test
	void missingClaimRejected() {
		for (String claim : List.of("iss", "aud", "exp", "jti", "sub", "iat", "role")) {
			Map<String, Object> incomplete = new LinkedHashMap<>(claims);
			incomplete.remove(claim);
			assertThat(status(hmac(header, incomplete, "HmacSHA256", key))).as("without %s", claim).isEqualTo(401);
		}
	}

	@Test
	void missingIssuedAtRejected() {
		// Spring fills in a missing iat as exp minus one second, which passes the time
		// checks when exp is less than the 60-second skew away.
		Map<String, Object> withoutIssuedAt = with(claims, "exp", now + 30);
		withoutIssuedAt.remove("iat");

		assertThat(status(hmac(header, withoutIssuedAt, "HmacSHA256", key))).isEqualTo(401);
	}

	@Test
	void otherSubjectRejected() {
		assertThat(status(signedWith("sub", UUID.randomUUID().toString()))).isEqualTo(401);
	}

	@Test
	void roleClaimIgnored() {
		ApiClient forged = api.withToken(signedWith("role", "PLATFORM_ADMIN"));

		ApiClient.Response me = forged.get("/api/v1/me");
		ApiClient.Response create = forged.post("/api/v1/admin/accounts",
				Map.of("email", "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test", "name",
						"New Staff", "role", "SECURITY_AUDITOR"));

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("role").asString()).isEqualTo("PET_OWNER");
		assertThat(create.status()).as(create.toString()).isEqualTo(403);
	}

	@Test
	void resetTokenRejectedAsBearer() {
		String email = Accounts.aVerifiedOwner(api);
		api.post("/api/v1/auth/password/reset-request", Map.of("email", email));

		assertThat(status(Outbox.latestToken(email, "Reset"))).isEqualTo(401);
	}

	@Test
	void expiredBeyondSkewRejected() {
		Map<String, Object> expired = with(with(claims, "iat", now - 3600), "exp", now - 120);

		assertThat(status(hmac(header, expired, "HmacSHA256", key))).isEqualTo(401);
	}

	@Test
	void futureNotBeforeRejected() {
		assertThat(status(signedWith("nbf", now + 120))).isEqualTo(401);
	}

	@Test
	void futureIssuedAtRejected() {
		Map<String, Object> future = with(with(claims, "iat", now + 120), "exp", now + 3600);

		assertThat(status(hmac(header, future, "HmacSHA256", key))).isEqualTo(401);
	}

	@Test
	void lifetimeOverSevenDaysRejected() {
		assertThat(status(signedWith("exp", now + SEVEN_DAYS + 1))).isEqualTo(401);
	}

	@Test
	void millisecondExpiryRejected() {
		assertThat(status(signedWith("exp", (now + 3600) * 1000))).isEqualTo(401);
	}

	@Test
	void endedSessionRejected() {
		String token = hmac(header, claims, "HmacSHA256", key);
		assertThat(status(token)).as("before logout").isEqualTo(200);

		assertThat(api.withToken(issuedToken).post("/api/v1/auth/logout", null).status()).isEqualTo(204);

		assertThat(status(token)).as("after logout").isEqualTo(401);
	}

	@Test
	void issuedTokenHasOnlyExpectedClaims() {
		JsonNode issued = Tokens.claims(issuedToken);

		assertThat(issued.propertyNames()).containsExactlyInAnyOrder("sub", "role", "jti", "iss", "aud", "iat", "exp");
		assertThat(issued.get("iat").isIntegralNumber()).as("iat is an integer").isTrue();
		assertThat(issued.get("exp").isIntegralNumber()).as("exp is an integer").isTrue();
		assertThat(issued.get("iat").asString()).as("iat digits").hasSize(10);
		assertThat(issued.get("exp").asString()).as("exp digits").hasSize(10);
		assertThat(issued.get("exp").asLong() - issued.get("iat").asLong()).isEqualTo(SEVEN_DAYS);
		assertThat(issued.toString()).as("claims contain an email address").doesNotContain("@");
		assertThat(Tokens.header(issuedToken).get("alg").asString()).isEqualTo("HS256");
	}

	private int status(String token) {
		ApiClient.Response response = api.withToken(token).get("/api/v1/me");
		assertThat(response.status()).as("a rejected token must not cause a server error").isLessThan(500);
		return response.status();
	}

	private String signedWith(String claim, Object value) {
		return hmac(header, with(claims, claim, value), "HmacSHA256", key);
	}

	private String sign(JWSHeader jwsHeader, JWSSigner signer) throws JOSEException {
		SignedJWT jwt = new SignedJWT(jwsHeader, claimsSet());
		jwt.sign(signer);
		return jwt.serialize();
	}

	private JWTClaimsSet claimsSet() {
		try {
			return JWTClaimsSet.parse(claims);
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Builds a compact JWS with any header and claims, signed with any HMAC key. */
	private static String hmac(Map<String, Object> header, Map<String, Object> claims, String macAlgorithm,
			byte[] macKey) {
		String signingInput = encode(header) + "." + encode(claims);
		try {
			Mac mac = Mac.getInstance(macAlgorithm);
			mac.init(new SecretKeySpec(macKey, macAlgorithm));
			byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + Base64URL.encode(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Map<String, Object> json) {
		return Base64URL.encode(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(name, value);
		return copy;
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/** Returns whether anything connected to the listener, waiting at most 200 ms. */
	private static boolean acceptedConnection(ServerSocket listener) throws IOException {
		listener.setSoTimeout(200);
		try (Socket connection = listener.accept()) {
			return connection.isConnected();
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

}
