package com.pettoyou.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static com.pettoyou.records.Clinic.purpose;
import static org.assertj.core.api.Assertions.assertThat;

/** Vaccinations follow the access rules of health notes and validate their dates. */
@IntegrationTest
class VaccinationsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	Clinic clinic;

	/** Today in Seoul by the server's clock, which earlier tests may have moved. */
	LocalDate today;

	@BeforeEach
	void setUp() {
		clinic = Clinic.create(context, port);
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"));
	}

	@Test
	void grantedStaffRecordAndOwnerReads() {
		ApiClient.Response created = purpose(clinic.staff, "TREATMENT").post(path(),
				vaccination(Map.of("nextDueOn", today.plusYears(1).toString())));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("hospitalId").asString()).isEqualTo(clinic.hospital);

		ApiClient.Response list = clinic.owner.get(path());

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().get("items")).hasSize(1);
		assertThat(list.json().get("items").get(0).get("vaccine").asString()).isEqualTo("DHPPL (5-in-1)");
		String id = created.json().get("id").asString();
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_CREATED", id).get(0).details())
			.contains("\"purpose\": \"TREATMENT\"");
		assertThat(Database.auditByActionAndResource("MEDICAL_RECORD_READ", id).get(0).details())
			.contains("\"purpose\": \"OWNER_ACCESS\"");
	}

	@Test
	void staffNeedPurposeAndGrant() {
		assertThat(clinic.staff.post(path(), vaccination(Map.of())).status()).isEqualTo(400);
		assertThat(purpose(clinic.otherStaff, "TREATMENT").post(path(), vaccination(Map.of())).status()).isEqualTo(403);
		assertThat(purpose(clinic.otherStaff, "TREATMENT").get(path()).status()).isEqualTo(403);
	}

	@Test
	void datesAndNamesAreValidated() {
		List<Map<String, Object>> invalid = List.of(Map.of("administeredOn", today.plusDays(1).toString()),
				Map.of("nextDueOn", today.minusDays(2).toString()), Map.of("nextDueOn", today.minusDays(30).toString()),
				Map.of("nextDueOn", today.plusYears(6).toString()), Map.of("vaccine", "<script>x</script>"),
				Map.of("vaccine", "x".repeat(101)), Map.of("vaccine", " "), Map.of("administeredOn", "2026-02-29"));

		for (Map<String, Object> overrides : invalid) {
			ApiClient.Response response = clinic.owner.post(path(), vaccination(overrides));
			assertThat(response.status()).as(overrides + ": " + response).isEqualTo(400);
		}
		assertThat(clinic.owner.get(path()).json().get("total").asLong()).isZero();
	}

	private String path() {
		return "/api/v1/pets/" + clinic.petId + "/vaccinations";
	}

	private Map<String, Object> vaccination(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(
				Map.of("vaccine", "DHPPL (5-in-1)", "administeredOn", today.minusDays(2).toString()));
		body.putAll(overrides);
		return body;
	}

}
