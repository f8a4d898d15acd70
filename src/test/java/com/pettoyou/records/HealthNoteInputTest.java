package com.pettoyou.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.SecurityEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a health note is validated: lengths, costs, dates, unknown and duplicate
 * properties, markup and injection attempts. Refused requests store nothing.
 */
@IntegrationTest
class HealthNoteInputTest {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	Clinic clinic;

	@BeforeEach
	void setUp() {
		clinic = Clinic.create(context, port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "10000001", "0.5", "\"5\"", "1e7", "\"NaN\"", "9223372036854775807",
			"99999999999999999999", "true" })
	void invalidCostRejected(String cost) {
		ApiClient.Response response = clinic.owner.post(path(), raw("\"actualCost\": " + cost));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(storedNotes()).isZero();
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 10_000_000 })
	void costAtTheLimitsIsAccepted(long cost) {
		ApiClient.Response response = clinic.owner.post(path(), raw("\"actualCost\": " + cost));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("actualCost").asLong()).isEqualTo(cost);
	}

	@Test
	void futureOrImpossibleVisitDateRejected() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), SEOUL);
		for (String date : List.of(today.plusDays(1).toString(), "2026-02-29", "2025/01/01", "20250101",
				today.minusDays(3) + "T10:00:00", today.minusDays(3) + "T00:00:00Z", "1989-12-31")) {
			ApiClient.Response response = clinic.owner.post(path(), body(Map.of("visitDate", date)));
			assertThat(response.status()).as(date + ": " + response).isEqualTo(400);
		}
		assertThat(clinic.owner.post(path(), body(Map.of("visitDate", today.toString()))).status()).isEqualTo(201);
	}

	@Test
	void unknownDuplicateAndProtectedPropertiesAreRefused() {
		List<String> bodies = List.of(raw("\"authorId\": \"" + UUID.randomUUID() + "\""),
				raw("\"role\": \"PLATFORM_ADMIN\""), raw("\"diagnosisEncrypted\": \"AAAA\""),
				raw("\"diagnosis\": \"second copy\""), raw("\"Diagnosis\": \"case variant\""));

		for (String body : bodies) {
			ApiClient.Response response = clinic.owner.post(path(), body);
			assertThat(response.status()).as(body + ": " + response).isEqualTo(400);
		}
		assertThat(storedNotes()).isZero();
	}

	@Test
	void textLimitsApplyToTheCleanedText() {
		Map<String, String> cases = Map.of("diagnosis", "d".repeat(2001), "treatment", "t".repeat(4001), "prescription",
				"p".repeat(2001));
		cases.forEach((field, value) -> {
			ApiClient.Response response = clinic.owner.post(path(), body(Map.of(field, value)));
			assertThat(response.status()).as(field).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("too_long");
		});
		ApiClient.Response withMarkup = clinic.owner.post(path(),
				body(Map.of("diagnosis", "<b>" + "d".repeat(2000) + "</b>")));
		assertThat(withMarkup.status()).as("markup does not count").isEqualTo(201);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "<b></b>", "<script>alert(1)</script>", "\u0000Otitis", "Otitis\u001b[31m",
			"Otitis\u0085externa", "Otitis \u202Eanretxe", "Oti\u200Btis" })
	void blankOrControlTextRejected(String diagnosis) {
		ApiClient.Response response = clinic.owner.post(path(), body(Map.of("diagnosis", diagnosis)));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("diagnosis");
	}

	@Test
	void lineBreaksAndTabsAreKept() {
		String text = "Otitis externa\n\tleft ear, mild";

		ApiClient.Response response = clinic.owner.post(path(), body(Map.of("diagnosis", text)));

		assertThat(response.json().get("diagnosis").asString()).isEqualTo(text);
	}

	@Test
	void injectionIsRefusedAuditedAndReported() {
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response response = clinic.owner.post(path(),
					body(Map.of("treatment", "x'; DROP TABLE health_note; --")));

			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("treatment");
			assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("not_allowed");
			assertThat(response.body()).doesNotContainIgnoringCase("drop");
			List<Database.AuditRow> audits = Database.auditByCorrelationId(response.header("X-Request-Id"));
			assertThat(audits).extracting(Database.AuditRow::action).containsExactly("ATTACK_PATTERN_DETECTED");
			assertThat(audits.get(0).outcome()).isEqualTo("DENIED");
			assertThat(audits.get(0).details()).contains("statement_after_quote").doesNotContainIgnoringCase("drop");
			assertThat(events.ofType("ATTACK_PATTERN_DETECTED")).singleElement()
				.satisfies((event) -> assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.WARNING));
		}
		assertThat(storedNotes()).isZero();
	}

	@Test
	void clinicalTextWithSqlWordsIsAccepted() {
		String text = "Ear drops; drop table scraps from the diet. Select a hypoallergenic food; 'or' call us.";
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response response = clinic.owner.post(path(), body(Map.of("treatment", text)));

			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			assertThat(response.json().get("treatment").asString()).isEqualTo(text);
			assertThat(events.ofType("ATTACK_PATTERN_DETECTED")).isEmpty();
		}
	}

	@Test
	void scriptIsRemovedTextKeptAndReported() {
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response created = clinic.owner.post(path(),
					body(Map.of("diagnosis", "<script>alert(\"XSS\")</script>Test diagnosis", "treatment",
							"<img src=x onerror=alert(1)>Rest <b>and</b> fluids")));

			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			ApiClient.Response read = clinic.owner.get("/api/v1/health-notes/" + created.json().get("id").asString());
			assertThat(read.json().get("diagnosis").asString()).isEqualTo("Test diagnosis");
			assertThat(read.json().get("treatment").asString()).isEqualTo("Rest and fluids");
			assertThat(read.body()).doesNotContain("<script").doesNotContain("onerror");
			assertThat(events.ofType("ATTACK_PATTERN_DETECTED")).hasSize(1)
				.allSatisfy((event) -> assertThat(event.details()).containsEntry("outcome", "SANITIZED"));
		}
	}

	@Test
	void pagingOutOfRangeRejected() {
		for (String query : List.of("?size=101", "?size=0", "?page=-1", "?page=x", "?size=1;drop")) {
			ApiClient.Response response = clinic.owner.get(path() + query);
			assertThat(response.status()).as(query).isEqualTo(400);
		}
	}

	private long storedNotes() {
		return Database.jdbc()
			.sql("SELECT count(*) FROM health_note WHERE pet_id = :pet::uuid")
			.param("pet", clinic.petId)
			.query(Long.class)
			.single();
	}

	private String path() {
		return "/api/v1/pets/" + clinic.petId + "/health-notes";
	}

	/** Returns a valid note as JSON text with one more member appended. */
	private static String raw(String extraMember) {
		return "{\"visitDate\": \"" + LocalDate.now(SEOUL).minusDays(3)
				+ "\", \"diagnosis\": \"Otitis\", \"treatment\": \"Cleaning\", " + extraMember + "}";
	}

	/** Returns a valid note with some fields replaced. */
	private static Map<String, Object> body(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(Map.of("visitDate", LocalDate.now(SEOUL).minusDays(3).toString(),
				"diagnosis", "Otitis", "treatment", "Cleaning"));
		body.putAll(overrides);
		return body;
	}

}
