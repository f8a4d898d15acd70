package com.pettoyou.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical form and link hashes. The expected hashes were computed by the first
 * implementation, which built the form with a {@code ByteArrayOutputStream}, a
 * {@code DateTimeFormatter} and a Jackson tree for the details, so every chain linked
 * before the faster encoder still verifies.
 */
class ChainHashesTest {

	private static final UUID ID = UUID.fromString("0b6f3c1e-7d2a-4c5b-9e8f-1a2b3c4d5e6f");

	private static final UUID ACTOR = UUID.fromString("f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f");

	private static final Instant TIME = Instant.parse("2026-03-01T09:00:00.123456789Z");

	private static final String PRINTABLE_ASCII = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`"
			+ "abcdefghijklmnopqrstuvwxyz{|}~";

	static Stream<Arguments> knownHashes() {
		return Stream.of(
				known("every field", TIME, ACTOR, "{\"reason\": \"code-1\", \"attempt\": \"1\"}",
						"f37cbf76cc5a68886bd59d7c5c47dbe772406d3cc26aaada4cca678f100eca42"),
				known("empty details", TIME, null, "{}",
						"e82a6aacadb83722c33e49e5066e02940a5617d74b70670323f4154c9e4f2759"),
				known("null details", TIME, null, null,
						"ff10f24f1a4aa85244ae7345b096785fe30c7d77c528e1e3f79c0ceebaae6686"),
				known("unicode and escapes", TIME, ACTOR, "{\"a/b\": \"x\\\"y\", \"note\": \"\u00e9\uD83D\uDE00\"}",
						"aacf431dcc5c43a40c2b86e66282949dc9ee1c3e6a3905123c80f499734b4d66"),
				known("nested values", TIME, ACTOR,
						"{\"n\": 1.50, \"big\": 12345678901234567890, \"list\": [1, \"b\", {\"z\": true, \"a\": null}]}",
						"96cabbd8f225f9fa867444fbcd299339def0da5866d813083764aced875a3a04"),
				known("control characters", TIME, ACTOR, "{\"ctl\": \"\\u0001\", \"tab\": \"a\\tb\"}",
						"ab6359d9e8ce4cc8c698bf1c225b1ea38b1a6df99b970e4b9211880399a816b1"),
				known("key order", TIME, ACTOR, "{\"B\": \"4\", \"a\": \"2\", \"b\": \"1\", \"ab\": \"3\"}",
						"e7adbf51b440a87131ef55277bcf8acbfb5dc6e0337836931c50d10eb550e603"),
				known("supplementary key order", TIME, ACTOR, "{\"\uFF21\": \"1\", \"\uD83D\uDE00\": \"2\"}",
						"d9f9fe330d1e3ae92039199162986ed25d15428c0d27bfd5441e6fb3670dc249"),
				known("duplicate keys", TIME, ACTOR, "{\"a\": \"1\", \"a\": \"2\"}",
						"6ec9eea5f49b12f9ac3c0a6c11b44f9af9dc301ae97f37b299d5ecfd41d09f23"),
				known("compact details", TIME, ACTOR, "{\"b\":\"1\",\"a\":\"2\"}",
						"51a1788d978e7fefbefcafa65455f9b9581f042fa45f9e6b49b41222be6253a1"),
				known("all printable ascii", TIME, ACTOR, "{\"k\": \"" + PRINTABLE_ASCII + "\"}",
						"b299ce3a2858033ada68468768d21e9b9b41a22e5af71e03f4894c5ef9cc42c8"),
				known("year 1", Instant.parse("0001-01-01T00:00:00Z"), null, "{}",
						"33f7c394fd577c3d1e8d2047db4cea0a3f433fccd34d147c17fb07848de8b796"),
				known("year 0", Instant.parse("0000-06-01T00:00:00.5Z"), null, "{}",
						"1ac4f7b83d51eb61d366571a7a3bf15772e51a51be492c09e3962051207a2d73"),
				known("year 9999", Instant.parse("9999-12-31T23:59:59.999999999Z"), null, "{}",
						"e6e428d947f1de1a8a2eef44938dc4568d04c8eba42550a61c3478e3011eb7b9"),
				known("year 10000", Instant.parse("+10000-01-01T00:00:00Z"), null, "{}",
						"de4a3267c0258d015afbfbcf4924af727a376d9181c5d634b3f1ba89648be3e4"),
				known("negative year", Instant.parse("-0044-03-15T12:00:00.000001Z"), null, "{}",
						"0d0cd356f849417d91edd69616b5af3837fb9cf59e06532ebf3ba0f28a60f88f"),
				known("before 1970", Instant.parse("1969-12-31T23:59:59.9999999Z"), null, "{}",
						"c6246e8739ddfa11ed12e53153214cf68d254e2f1900ca8beaba5012d5594181"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("knownHashes")
	void hashMatchesFirstImplementation(String name, StoredAuditEvent event, String expected) {
		assertThat(HexFormat.of().formatHex(ChainHashes.hash(previousHash(), 42, event))).isEqualTo(expected);
	}

	@Test
	void reusedHasherMatchesFreshOne() {
		LinkHasher reused = new LinkHasher();
		knownHashes().forEach((arguments) -> {
			StoredAuditEvent event = (StoredAuditEvent) arguments.get()[1];
			byte[] expected = ChainHashes.hash(previousHash(), 42, event);

			assertThat(ChainHashes.write(reused, 42, event).hash(previousHash())).as((String) arguments.get()[0])
				.isEqualTo(expected);
		});
	}

	@Test
	void timeBeyondFormatterRangeHashes() {
		Instant infinity = OffsetDateTime.MAX.toInstant();

		byte[] form = new LinkHasher().begin(1).writeTime(infinity).canonicalForm();

		assertThat(new String(form, StandardCharsets.UTF_8))
			.endsWith(infinity.truncatedTo(ChronoUnit.MICROS).toString());
	}

	@Test
	void timeMatchesFormatter() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
					random.nextInt(1_000_000_000));
			byte[] fast = new LinkHasher().begin(1).writeTime(instant).canonicalForm();
			byte[] reference = new LinkHasher().begin(1).writeField(ChainHashes.formatInstant(instant)).canonicalForm();

			assertThat(fast).as(instant.toString()).isEqualTo(reference);
		}
	}

	@Test
	void flatObjectMatchesJackson() {
		Random random = new Random(11);
		int canonicalized = 0;
		for (int i = 0; i < 5_000; i++) {
			String jsonb = randomJsonbObject(random);
			byte[] input = jsonb.getBytes(StandardCharsets.UTF_8);
			byte[] out = new byte[input.length];

			int end = FlatJsonObject.canonicalize(input, out, 0);

			String expected = ChainHashes.canonicalJson(jsonb);
			if (end >= 0) {
				assertThat(new String(out, 0, end, StandardCharsets.UTF_8)).as(jsonb).isEqualTo(expected);
				canonicalized++;
			}
		}
		assertThat(canonicalized).as("inputs that took the fast path").isGreaterThan(2_000);
	}

	@Test
	void flatObjectRejectsOtherShapes() {
		for (String json : new String[] { "{\"a\":\"b\"}", "{\"a\": 1}", "{\"a\": \"b\\\"c\"}", "{\"a\": [\"b\"]}",
				"{\"a\": \"b\",  \"c\": \"d\"}", "{\"a\": \"1\", \"a\": \"2\"}", "[\"a\"]", "{\"a\": \"b\"} ", "{",
				"{\"a\": \"b", "{\"a\" : \"b\"}", "{\"\u00e9\": \"b\"}", "{\"a\": null}" }) {
			byte[] input = json.getBytes(StandardCharsets.UTF_8);

			assertThat(FlatJsonObject.canonicalize(input, new byte[input.length], 0)).as(json).isEqualTo(-1);
		}
	}

	private static String randomJsonbObject(Random random) {
		int pairs = random.nextInt(6);
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < pairs; i++) {
			if (i > 0) {
				json.append(", ");
			}
			json.append('"').append(randomText(random)).append("\": \"").append(randomText(random)).append('"');
		}
		return json.append('}').toString();
	}

	/**
	 * Returns mostly printable ASCII, sometimes with an escape or a character that needs
	 * the parser.
	 */
	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(8);
		for (int i = 0; i < length; i++) {
			int choice = random.nextInt(100);
			if (choice == 0) {
				text.append("\\\"");
			}
			else if (choice == 1) {
				text.append('\u00e9');
			}
			else if (choice == 2) {
				text.append('\u007f');
			}
			else if (choice == 3) {
				text.append("\\t");
			}
			else {
				char c = PRINTABLE_ASCII.charAt(random.nextInt(PRINTABLE_ASCII.length()));
				text.append(c);
			}
		}
		return text.toString();
	}

	private static Arguments known(String name, Instant time, UUID actor, String details, String expected) {
		boolean full = actor != null;
		StoredAuditEvent event = new StoredAuditEvent(ID, time, actor, full ? "\uAD00\uB9AC\uC790" : null,
				"TEST_ACTION", full ? "pet" : null, full ? "\u00e9\uD83D\uDE00" : null, "SUCCESS",
				full ? "127.0.0.1" : null, full ? "Mozilla/5.0 (X11)" : null, full ? "corr-1" : null,
				full ? "care" : null, full ? "consent" : null, details);
		return Arguments.of(name, event, expected);
	}

	private static byte[] previousHash() {
		byte[] previous = new byte[32];
		for (int i = 0; i < previous.length; i++) {
			previous[i] = (byte) i;
		}
		return previous;
	}

}
