package com.pettoyou.payments.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.pettoyou.payments.service.PaymentsProperties;

/**
 * Checks the {@code Webhook-Signature} header of a gateway event:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, where the HMAC is computed with
 * {@code pettoyou.payments.webhook-secret} over {@code "<t>.<raw body>"}. The time
 * {@code t} must lie within {@code pettoyou.payments.webhook-tolerance} of the server
 * clock. Several {@code v1} values are allowed, so the gateway can sign with an old and a
 * new secret while the secret changes; other schemes are ignored.
 */
@Component
class WebhookSignatureVerifier {

	static final String HEADER = "Webhook-Signature";

	private static final Logger log = LoggerFactory.getLogger(WebhookSignatureVerifier.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final int MAX_HEADER_LENGTH = 1024;

	private static final int SIGNATURE_HEX_LENGTH = 64;

	private final SecretKeySpec secret;

	private final Duration tolerance;

	private final Clock clock;

	WebhookSignatureVerifier(PaymentsProperties properties, Clock clock) {
		this.secret = secretOf(properties.webhookSecret());
		this.tolerance = properties.webhookTolerance();
		this.clock = clock;
	}

	/**
	 * Verifies the header against the raw body.
	 * @return the signature time {@code t}
	 * @throws InvalidSignatureException naming why the signature was rejected
	 */
	Instant verify(String header, byte[] body) {
		if (secret == null) {
			throw new InvalidSignatureException("not_configured");
		}
		if (header == null || header.isBlank()) {
			throw new InvalidSignatureException("missing");
		}
		ParsedHeader parsed = parse(header);
		Instant signedAt = Instant.ofEpochSecond(parsed.timestamp());
		Instant now = clock.instant();
		if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
			throw new InvalidSignatureException("expired");
		}
		byte[] expected = hmac(parsed.timestamp(), body);
		boolean matched = false;
		for (byte[] candidate : parsed.signatures()) {
			matched |= MessageDigest.isEqual(expected, candidate);
		}
		if (!matched) {
			throw new InvalidSignatureException("mismatch");
		}
		return signedAt;
	}

	private static ParsedHeader parse(String header) {
		if (header.length() > MAX_HEADER_LENGTH) {
			throw new InvalidSignatureException("malformed");
		}
		Long timestamp = null;
		List<byte[]> signatures = new ArrayList<>();
		for (String part : header.split(",")) {
			String element = part.strip();
			if (element.startsWith("t=") && timestamp == null) {
				timestamp = timestampOf(element.substring(2));
			}
			else if (element.startsWith("v1=")) {
				signatures.add(signatureOf(element.substring(3)));
			}
		}
		if (timestamp == null || signatures.isEmpty()) {
			throw new InvalidSignatureException("malformed");
		}
		return new ParsedHeader(timestamp, signatures);
	}

	private static long timestampOf(String value) {
		if (!value.matches("[0-9]{1,12}")) {
			throw new InvalidSignatureException("malformed");
		}
		return Long.parseLong(value);
	}

	private static byte[] signatureOf(String value) {
		if (value.length() != SIGNATURE_HEX_LENGTH || !value.matches("[0-9a-fA-F]+")) {
			throw new InvalidSignatureException("malformed");
		}
		return HexFormat.of().parseHex(value);
	}

	private byte[] hmac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(secret);
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	private static SecretKeySpec secretOf(String base64) {
		if (base64 == null || base64.isBlank()) {
			log.warn("pettoyou.payments.webhook-secret is not set; every payment webhook event is rejected");
			return null;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("pettoyou.payments.webhook-secret is not valid base64", ex);
		}
		return new SecretKeySpec(key, ALGORITHM);
	}

	private record ParsedHeader(long timestamp, List<byte[]> signatures) {
	}

	/**
	 * A rejected signature.
	 */
	static final class InvalidSignatureException extends RuntimeException {

		private final String reason;

		InvalidSignatureException(String reason) {
			super("The webhook signature was rejected: " + reason, null, false, false);
			this.reason = reason;
		}

		/**
		 * Returns why: {@code missing}, {@code malformed}, {@code expired},
		 * {@code mismatch} or {@code not_configured}.
		 */
		String reason() {
			return reason;
		}

	}

}
