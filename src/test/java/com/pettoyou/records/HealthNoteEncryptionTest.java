package com.pettoyou.records;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.SecurityEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinical text is stored only as ciphertext bound to its row and column: the raw row
 * contains no plaintext, every write uses a fresh nonce, and a changed or moved
 * ciphertext fails with a generic 500 and a critical security event.
 */
@IntegrationTest
class HealthNoteEncryptionTest {

	private static final String CANARY = "Canary-diagnosis-7f3a";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FieldEncryptor encryptor;

	Clinic clinic;

	@BeforeEach
	void setUp() {
		clinic = Clinic.create(context, port);
	}

	@Test
	void rawRowHoldsNoPlaintext() {
		UUID id = note(CANARY, "Canary-treatment-91be");

		Map<String, Object> row = Database.jdbc()
			.sql("SELECT * FROM health_note WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();

		assertThat(row).doesNotContainKeys("diagnosis", "treatment", "prescription");
		for (String column : List.of("diagnosis_encrypted", "treatment_encrypted", "prescription_encrypted")) {
			byte[] stored = (byte[]) row.get(column);
			assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as(column)
				.doesNotContain("Canary")
				.doesNotContain("diagnosis");
			assertThat(stored[0]).as("Tink version byte of " + column).isEqualTo((byte) 1);
			assertThat(EncryptedValue.fromBytes(stored).keyId()).as("key id of " + column).isNotZero();
		}
		assertThat(decrypt(row, "diagnosis_encrypted", "diagnosis", id)).isEqualTo(CANARY);
	}

	@Test
	void everyWriteUsesAFreshNonce() {
		UUID first = note("Same text", "Same treatment");
		UUID second = note("Same text", "Same treatment");
		byte[] before = column(first, "diagnosis_encrypted");

		ApiClient.Response changed = clinic.owner.patch("/api/v1/health-notes/" + first,
				Map.of("treatment", "Other treatment"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(column(first, "diagnosis_encrypted")).as("re-encrypted on update").isNotEqualTo(before);
		assertThat(column(second, "diagnosis_encrypted")).isNotEqualTo(column(first, "diagnosis_encrypted"));
		List<Map<String, Object>> duplicates = Database.jdbc().sql("""
				SELECT key_and_nonce, count(*) FROM (
				    SELECT substring(diagnosis_encrypted FROM 1 FOR 17) AS key_and_nonce FROM health_note
				    UNION ALL SELECT substring(treatment_encrypted FROM 1 FOR 17) FROM health_note
				    UNION ALL SELECT substring(prescription_encrypted FROM 1 FOR 17) FROM health_note
				        WHERE prescription_encrypted IS NOT NULL
				    UNION ALL SELECT substring(email_encrypted FROM 1 FOR 17) FROM account
				) AS stored GROUP BY key_and_nonce HAVING count(*) > 1
				""").query().listOfRows();
		assertThat(duplicates).as("no (key id, nonce) pair is used twice").isEmpty();
	}

	@Test
	void flippedByteFailsWithGeneric500AndCriticalEvent() {
		UUID id = note(CANARY, "Rest");
		Database.jdbc()
			.sql("UPDATE health_note SET diagnosis_encrypted = set_byte(diagnosis_encrypted, 20, "
					+ "get_byte(diagnosis_encrypted, 20) # 1) WHERE id = :id")
			.param("id", id)
			.update();

		assertDecryptionFails(id);
	}

	@Test
	void ciphertextMovedToAnotherColumnFails() {
		UUID id = note(CANARY, "Rest");
		Database.jdbc()
			.sql("UPDATE health_note SET diagnosis_encrypted = treatment_encrypted WHERE id = :id")
			.param("id", id)
			.update();

		assertDecryptionFails(id);
	}

	@Test
	void ciphertextMovedToAnotherRowFails() {
		UUID source = note(CANARY, "Rest");
		UUID target = note("Harmless", "Rest");
		Database.jdbc()
			.sql("UPDATE health_note SET diagnosis_encrypted = "
					+ "(SELECT diagnosis_encrypted FROM health_note WHERE id = :source) WHERE id = :target")
			.param("source", source)
			.param("target", target)
			.update();

		assertDecryptionFails(target);
	}

	private void assertDecryptionFails(UUID id) {
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response response = clinic.owner.get("/api/v1/health-notes/" + id);

			assertThat(response.status()).as(response.toString()).isEqualTo(500);
			assertThat(response.json().get("code").asString()).isEqualTo("internal_error");
			assertThat(response.body()).doesNotContain("Canary")
				.doesNotContain("Harmless")
				.doesNotContain("health_note")
				.doesNotContain("decrypt");
			assertThat(events.ofType("DECRYPTION_FAILED")).singleElement()
				.satisfies((event) -> assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.CRITICAL));
		}
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_READ", id.toString()))
			.as("a failed read returns nothing, so it records no read")
			.isEmpty();
	}

	private UUID note(String diagnosis, String treatment) {
		ApiClient.Response created = clinic.owner.post("/api/v1/pets/" + clinic.petId + "/health-notes",
				Map.of("visitDate", LocalDate.now(ZoneId.of("Asia/Seoul")).toString(), "diagnosis", diagnosis,
						"treatment", treatment, "prescription", "Canary-prescription-04dd"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static byte[] column(UUID id, String column) {
		return Database.jdbc()
			.sql("SELECT " + column + " FROM health_note WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	private String decrypt(Map<String, Object> row, String column, String field, UUID id) {
		return encryptor.decrypt(EncryptedValue.fromBytes((byte[]) row.get(column)),
				new AssociatedData("health_note", field, id));
	}

}
