package com.pettoyou.hospitals.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.hospitals.register.ImportReport.Rejection;
import com.pettoyou.hospitals.service.Hospital;
import com.pettoyou.hospitals.service.HospitalRepository;
import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The Seoul hospital register import, through the API and the command. */
@IntegrationTest
class HospitalImportTest {

	private static final String HEADER = "개방자치단체코드,관리번호,인허가일자,소재지전화,도로명전체주소,도로명우편번호,좌표정보(x),좌표정보(y),"
			+ "영업상태명,상세영업상태명,소재지전체주소,병원번호,사업장명,공지,웹사이트 링크,\"제로페이, 주차\",병원 소개";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	HospitalRegisterImport registerImport;

	@Autowired
	HospitalRepository hospitals;

	@TempDir
	Path directory;

	ApiClient api;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		admin = Administrators.aSignedInAdministrator(context, api);
	}

	@Test
	void realFileImportsIdempotently() {
		ApiClient.Response first = admin.post("/api/v1/admin/hospitals/import", null);
		ApiClient.Response second = admin.post("/api/v1/admin/hospitals/import", "{}");

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode report = first.json();
		assertThat(report.get("read").asInt()).isEqualTo(885);
		assertThat(report.get("rejected").size()).as(report.get("rejected").toString()).isZero();
		assertThat(report.get("imported").asInt() + report.get("updated").asInt() + report.get("unchanged").asInt())
			.isEqualTo(885);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(second.json().get("imported").asInt()).isZero();
		assertThat(second.json().get("updated").asInt()).isZero();
		assertThat(second.json().get("unchanged").asInt()).isEqualTo(885);
		List<Database.AuditRow> audits = Database.auditByCorrelationId(second.header("X-Request-Id"));
		assertThat(audits).extracting(Database.AuditRow::action).containsExactly("HOSPITALS_IMPORTED");
		assertThat(audits.get(0).details()).contains("\"unchanged\": \"885\"");
		assertThat(audits.get(0).actorRole()).isEqualTo("PLATFORM_ADMIN");
	}

	@Test
	void realFileRowsStoredNormalized() {
		registerImport.importFile(registerImport.configuredFile(), null);

		Hospital first = byLicence("318000001020210002");
		assertThat(first.name()).isEqualTo("다움동물병원");
		assertThat(first.district()).isEqualTo("영등포구");
		assertThat(first.postalCode()).as("leading zero restored").isEqualTo("07383");
		assertThat(first.licensedOn()).isEqualTo(LocalDate.of(2021, 6, 30));
		assertThat(first.roadAddress()).isEqualTo("서울특별시 영등포구 가마산로 449-1, 영민빌딩 1층 (신길동)");
		Hospital shortCity = byLicence("314000001020090003");
		assertThat(shortCity.roadAddress()).isEqualTo("서울특별시 양천구 오목로 299 이마트목동점 지하1층");
		assertThat(shortCity.district()).isEqualTo("양천구");
	}

	@Test
	void changedRowUpdatesOnce() throws IOException {
		String licence = aLicenceNumber();
		Path original = csv(row(licence, "2020.1.5", "Original Clinic", "서울특별시 강남구 테헤란로 1"));
		Path renamed = csv(row(licence, "2020.1.5", "Renamed Clinic", "서울특별시 강남구 테헤란로 1"));

		ImportReport inserted = registerImport.importFile(original, null);
		ImportReport updated = registerImport.importFile(renamed, null);
		ImportReport unchanged = registerImport.importFile(renamed, null);

		assertThat(inserted.imported()).isEqualTo(1);
		assertThat(updated.updated()).isEqualTo(1);
		assertThat(updated.imported()).isZero();
		assertThat(unchanged.unchanged()).isEqualTo(1);
		assertThat(unchanged.updated()).isZero();
		assertThat(byLicence(licence).name()).isEqualTo("Renamed Clinic");
	}

	@Test
	void invalidRowsRejectedWithReasons() throws IOException {
		String good = aLicenceNumber();
		String brokenDate = aLicenceNumber();
		String busan = aLicenceNumber();
		String control = aLicenceNumber();
		String nameless = aLicenceNumber();
		Path file = csv(row(good, "2020.1.5", "Good Clinic", "서울특별시 강남구 테헤란로 1"),
				row(brokenDate, "2020.13.40", "Broken Date Clinic", "서울특별시 강남구 테헤란로 2"),
				row("12ab", "2020.1.5", "Bad Number Clinic", "서울특별시 강남구 테헤란로 3"),
				row(busan, "2020.1.5", "Busan Clinic", "부산광역시 해운대구 해운대로 1"),
				row(control, "2020.1.5", "Bell\u0007 Clinic", "서울특별시 강남구 테헤란로 4"),
				row(good, "2020.1.5", "Good Clinic Again", "서울특별시 강남구 테헤란로 1"),
				row(nameless, "2020.1.5", "", "서울특별시 강남구 테헤란로 5"));

		ImportReport report = registerImport.importFile(file, null);

		assertThat(report.read()).isEqualTo(7);
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).containsExactly(new Rejection(2, brokenDate, "licence_date_invalid"),
				new Rejection(3, null, "licence_number_invalid"), new Rejection(4, busan, "road_address_not_in_seoul"),
				new Rejection(5, control, "name_invalid"), new Rejection(6, good, "licence_number_duplicate"),
				new Rejection(7, nameless, "name_missing"));
		assertThat(hospitals.findByLicenceNumber(brokenDate)).isEmpty();
	}

	@Test
	void multiLineFieldsKeepRowsApart() throws IOException {
		String licence = aLicenceNumber();
		String next = aLicenceNumber();
		Path file = csv(row(licence, "2020.1.5", "Multi Line Clinic", "서울특별시 강남구 테헤란로 1").replace("\"notice\"",
				"\"Open\nMon, \"\"Tue\"\"\n10:00\""), row(next, "2020.1.6", "Next Clinic", "서울특별시 강남구 테헤란로 2"));

		ImportReport report = registerImport.importFile(file, null);

		assertThat(report.read()).isEqualTo(2);
		assertThat(report.rejected()).isEmpty();
		assertThat(byLicence(next).licensedOn()).isEqualTo(LocalDate.of(2020, 1, 6));
	}

	@Test
	void ownerCannotImport() {
		ApiClient owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));

		ApiClient.Response response = owner.post("/api/v1/admin/hospitals/import", null);

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
	}

	@Test
	void clientCannotNameFile() {
		ApiClient.Response response = admin.post("/api/v1/admin/hospitals/import", Map.of("file", "/etc/passwd"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void commandPrintsReport() {
		HospitalImportCommand command = new HospitalImportCommand(registerImport, context);
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int exitCode = command.execute(new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Read 885 rows: ").contains("0 rejected.");
	}

	private Hospital byLicence(String licence) {
		return hospitals.findByLicenceNumber(licence).orElseThrow(() -> new AssertionError("not stored: " + licence));
	}

	/** Returns a random 18-digit licence number that the Seoul register does not use. */
	private static String aLicenceNumber() {
		long digits = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		return "8" + Long.toString(digits).substring(1);
	}

	private static String row(String licence, String date, String name, String address) {
		return String.join(",", "3180000", licence, date, "02-000-0000", "\"" + address + "\"", "7383", "191647.1",
				"444844.7", "영업/정상", "정상", "\"" + address + "\"", "1", "\"" + name + "\"", "\"notice\"", "",
				"\"제로페이, 주차\"", "\"intro\"");
	}

	private Path csv(String... rows) throws IOException {
		Path file = directory.resolve(UUID.randomUUID() + ".csv");
		Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
		return file;
	}

}
