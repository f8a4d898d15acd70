package com.pettoyou.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.SecurityEvents;

import static com.pettoyou.records.Clinic.purpose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health notes are read and written by the pet's owner and by staff of a hospital the
 * owner granted, who must declare a purpose. Everyone else gets 403, and every access is
 * audited with its purpose and legal basis.
 */
@IntegrationTest
class HealthNotesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Clinic clinic;

	@BeforeEach
	void setUp() {
		clinic = Clinic.create(context, port);
	}

	@Test
	void ownerWritesAndReadsNote() {
		ApiClient.Response created = clinic.owner.post(notesPath(), note("Otitis externa, left ear"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();

		ApiClient.Response read = clinic.owner.get("/api/v1/health-notes/" + id);

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("diagnosis").asString()).isEqualTo("Otitis externa, left ear");
		assertThat(read.json().get("treatment").asString()).isEqualTo("Ear cleaning; drops twice daily");
		assertThat(read.json().get("actualCost").asLong()).isEqualTo(55_000);
		List<Database.AuditRow> reads = Database.auditByActionAndResource("MEDICAL_RECORD_READ", id);
		assertThat(reads).hasSize(1);
		assertThat(reads.get(0).details()).contains("\"purpose\": \"OWNER_ACCESS\"")
			.contains("\"legalBasis\": \"DATA_SUBJECT_ACCESS\"");
		assertThat(reads.get(0).correlationId()).isEqualTo(read.header("X-Request-Id"));
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_CREATED", id)).hasSize(1);
	}

	@Test
	void grantedStaffWriteAndReadWithPurpose() {
		ApiClient staff = purpose(clinic.staff, "TREATMENT");

		ApiClient.Response created = staff.post(notesPath(), note("Pyoderma"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("hospitalId").asString()).isEqualTo(clinic.hospital);

		ApiClient.Response read = staff.get("/api/v1/health-notes/" + id);
		ApiClient.Response list = staff.get(notesPath());
		ApiClient.Response ownerRead = clinic.owner.get("/api/v1/health-notes/" + id);

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(list.json().get("items")).hasSize(1);
		assertThat(ownerRead.json().get("diagnosis").asString()).isEqualTo("Pyoderma");
		List<Database.AuditRow> staffReads = Database.auditByCorrelationId(read.header("X-Request-Id"));
		assertThat(staffReads).extracting(Database.AuditRow::action).containsExactly("MEDICAL_RECORD_READ");
		assertThat(staffReads.get(0).details()).contains("\"purpose\": \"TREATMENT\"")
			.contains("\"legalBasis\": \"OWNER_CONSENT\"")
			.contains(clinic.hospital);
		assertThat(Database.auditByCorrelationId(list.header("X-Request-Id"))).extracting(Database.AuditRow::action)
			.containsExactlyInAnyOrder("MEDICAL_RECORD_READ", "MEDICAL_RECORDS_LISTED");
	}

	@Test
	void legalObligationIsRecordedAsItsOwnBasis() {
		ApiClient.Response created = purpose(clinic.staff, "LEGAL_OBLIGATION").post(notesPath(), note("Rabies check"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(Database.auditByCorrelationId(created.header("X-Request-Id")).get(0).details())
			.contains("\"legalBasis\": \"LEGAL_OBLIGATION\"");
	}

	@Test
	void staffWithoutValidPurposeAreRefused() {
		String id = ownerNote();
		for (String value : new String[] { null, "treatment", "CURIOSITY", "OWNER_ACCESS", "" }) {
			ApiClient staff = (value != null) ? purpose(clinic.staff, value) : clinic.staff;

			ApiClient.Response read = staff.get("/api/v1/health-notes/" + id);
			ApiClient.Response write = staff.post(notesPath(), note("Check-up"));

			for (ApiClient.Response response : List.of(read, write)) {
				assertThat(response.status()).as(value + ": " + response).isEqualTo(400);
				assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("Access-Purpose");
			}
		}
	}

	@Test
	void otherHospitalsStaffAreRefusedWithSecurityEvent() {
		String id = ownerNote();
		ApiClient other = purpose(clinic.otherStaff, "TREATMENT");
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			List<ApiClient.Response> responses = List.of(other.get("/api/v1/health-notes/" + id),
					other.get(notesPath()), other.post(notesPath(), note("Intrusion")),
					other.patch("/api/v1/health-notes/" + id, Map.of("diagnosis", "changed")),
					other.delete("/api/v1/health-notes/" + id),
					other.get("/api/v1/pets/" + clinic.petId + "/vaccinations"));

			for (ApiClient.Response response : responses) {
				assertThat(response.status()).as(response.toString()).isEqualTo(403);
				assertThat(response.body()).doesNotContain("Otitis");
				assertThat(Database.auditByCorrelationId(response.header("X-Request-Id")))
					.extracting(Database.AuditRow::action)
					.containsExactly("ACCESS_DENIED");
			}
			assertThat(events.ofType("CROSS_HOSPITAL_ACCESS_ATTEMPT")).hasSize(responses.size())
				.allSatisfy((event) -> assertThat(event.details()).containsEntry("petId", clinic.petId));
		}
		assertThat(clinic.owner.get("/api/v1/health-notes/" + id).json().get("diagnosis").asString())
			.isEqualTo("Otitis externa");
	}

	@Test
	void staffCannotWriteForAnotherHospital() {
		Map<String, Object> body = new HashMap<>(note("Claimed elsewhere"));
		body.put("hospitalId", clinic.otherHospital);
		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response response = purpose(clinic.staff, "TREATMENT").post(notesPath(), body);

			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(events.ofType("CROSS_HOSPITAL_ACCESS_ATTEMPT")).hasSize(1);
		}
	}

	@Test
	void revocationEndsStaffAccessAtOnce() {
		ApiClient staff = purpose(clinic.staff, "TREATMENT");
		String id = ownerNote();
		assertThat(staff.get("/api/v1/health-notes/" + id).status()).isEqualTo(200);

		assertThat(clinic.owner.delete("/api/v1/pets/" + clinic.petId + "/hospital-access/" + clinic.grantId).status())
			.isEqualTo(204);

		assertThat(staff.get("/api/v1/health-notes/" + id).status()).isEqualTo(403);
		assertThat(staff.post(notesPath(), note("After revocation")).status()).isEqualTo(403);
	}

	@Test
	void otherOwnersGetForbiddenOnEveryVerb() {
		String id = ownerNote();
		ApiClient stranger = clinic.anotherOwner();

		List<ApiClient.Response> responses = List.of(stranger.get("/api/v1/health-notes/" + id),
				stranger.patch("/api/v1/health-notes/" + id, Map.of("diagnosis", "changed")),
				stranger.delete("/api/v1/health-notes/" + id), stranger.get(notesPath()),
				stranger.post(notesPath(), note("Not my pet")),
				stranger.get("/api/v1/pets/" + clinic.petId + "/vaccinations"));

		for (ApiClient.Response response : responses) {
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
			assertThat(response.body()).doesNotContain("Otitis");
		}
		assertThat(clinic.owner.get("/api/v1/health-notes/" + id).json().get("diagnosis").asString())
			.isEqualTo("Otitis externa");
	}

	@Test
	void pathVariantsNeverReachAnotherOwnersNote() {
		String id = ownerNote();
		ApiClient stranger = clinic.anotherOwner();
		List<String> variants = List.of("/api/v1/health-notes/" + id + "/", "//api/v1/health-notes/" + id,
				"/api/v1/health-notes//" + id, "/api/v1/health-notes/" + id + ";x=1", "/API/V1/HEALTH-NOTES/" + id,
				"/api/v1/health-notes%2F" + id, "/api/v1/health-notes/" + id + "%00",
				"/api/v1/pets/x/..;/../health-notes/" + id, "/api/v1/health-notes/" + id.toUpperCase());

		for (String variant : variants) {
			ApiClient.Response response = stranger.get(variant);
			assertThat(response.status()).as(variant).isIn(400, 403, 404);
			assertThat(response.body()).as(variant).doesNotContain("Otitis");
		}
	}

	@Test
	void rolesWithoutRecordPermissionsAreRefused() {
		String id = ownerNote();
		for (String role : List.of("CLAIMS_ADJUSTER", "FINANCE_OPERATOR", "SECURITY_AUDITOR")) {
			ApiClient caller = purpose(clinic.account(role, null), "CLAIM_REVIEW");

			assertThat(caller.get("/api/v1/health-notes/" + id).status()).as(role).isEqualTo(403);
			assertThat(caller.post(notesPath(), note("x")).status()).as(role).isEqualTo(403);
		}
		assertThat(clinic.admin.get("/api/v1/health-notes/" + id).status()).isEqualTo(403);
	}

	@Test
	void authorChangesAndOwnerDeletes() {
		String id = purpose(clinic.staff, "TREATMENT").post(notesPath(), note("Gastritis")).json().get("id").asString();
		ApiClient colleague = purpose(clinic.account("HOSPITAL_STAFF", clinic.hospital), "TREATMENT");

		ApiClient.Response byColleague = colleague.patch("/api/v1/health-notes/" + id,
				Map.of("diagnosis", "Changed by a colleague"));
		ApiClient.Response byAuthor = purpose(clinic.staff, "TREATMENT").patch("/api/v1/health-notes/" + id,
				Map.of("diagnosis", "Acute gastritis", "actualCost", 70_000));
		ApiClient.Response byOwner = clinic.owner.patch("/api/v1/health-notes/" + id,
				Map.of("prescription", "Famotidine 0.5 mg/kg q12h"));

		assertThat(byColleague.status()).as(byColleague.toString()).isEqualTo(403);
		assertThat(byAuthor.status()).as(byAuthor.toString()).isEqualTo(200);
		assertThat(byAuthor.json().get("diagnosis").asString()).isEqualTo("Acute gastritis");
		assertThat(byOwner.status()).as("the owner cannot rewrite a hospital's note").isEqualTo(403);
		assertThat(clinic.owner.get("/api/v1/health-notes/" + id).json().has("prescription")).isTrue();
		assertThat(clinic.owner.get("/api/v1/health-notes/" + id).json().get("prescription").isNull()).isTrue();
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_UPDATED", id)).hasSize(1);

		assertThat(clinic.owner.delete("/api/v1/health-notes/" + id).status()).isEqualTo(204);

		assertThat(clinic.owner.get("/api/v1/health-notes/" + id).status()).isEqualTo(404);
		assertThat(clinic.owner.get(notesPath()).json().get("total").asLong()).isZero();
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_DELETED", id)).hasSize(1);
	}

	@Test
	void unknownNoteAndPetAreNotFound() {
		ApiClient.Response note = clinic.owner.get("/api/v1/health-notes/" + UUID.randomUUID());
		ApiClient.Response pet = clinic.owner.get("/api/v1/pets/" + UUID.randomUUID() + "/health-notes");

		assertThat(note.status()).isEqualTo(404);
		assertThat(pet.status()).isEqualTo(404);
	}

	@Test
	void responsesCarryNoInternalFields() {
		String id = ownerNote();

		ApiClient.Response read = clinic.owner.get("/api/v1/health-notes/" + id);

		assertThat(read.json().propertyNames()).containsExactlyInAnyOrder("id", "petId", "hospitalId", "authorId",
				"visitDate", "diagnosis", "treatment", "prescription", "actualCost", "createdAt", "updatedAt");
		assertThat(read.body()).doesNotContainIgnoringCase("encrypted")
			.doesNotContainIgnoringCase("hmac")
			.doesNotContainIgnoringCase("version")
			.doesNotContainIgnoringCase("deleted");
	}

	@Test
	void ownerNamesKnownHospitalOnly() {
		Map<String, Object> known = new HashMap<>(note("Vaccination visit"));
		known.put("hospitalId", clinic.otherHospital);
		Map<String, Object> unknown = new HashMap<>(note("Vaccination visit"));
		unknown.put("hospitalId", UUID.randomUUID().toString());

		ApiClient.Response accepted = clinic.owner.post(notesPath(), known);
		ApiClient.Response refused = clinic.owner.post(notesPath(), unknown);

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		assertThat(accepted.json().get("hospitalId").asString()).isEqualTo(clinic.otherHospital);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown_hospital");
	}

	private String ownerNote() {
		ApiClient.Response created = clinic.owner.post(notesPath(), note("Otitis externa"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String notesPath() {
		return "/api/v1/pets/" + clinic.petId + "/health-notes";
	}

	static Map<String, Object> note(String diagnosis) {
		return Map.of("visitDate", LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1).toString(), "diagnosis",
				diagnosis, "treatment", "Ear cleaning; drops twice daily", "actualCost", 55_000);
	}

}
