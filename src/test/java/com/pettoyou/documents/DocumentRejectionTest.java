package com.pettoyou.documents;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Uploads that fail a check get 415 and leave an audit row with the reason, and disguised
 * files also raise a security event. The file name appears in neither, nor in the log.
 */
@DocumentsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DocumentRejectionTest {

	@LocalServerPort
	int port;

	@Autowired
	SecurityEventRecorder securityEvents;

	DocumentClient owner;

	@BeforeEach
	void setUp() {
		owner = DocumentClient.aSignedInOwner(port);
	}

	static Stream<Arguments> rejectedUploads() {
		byte[] png = TestFiles.png(16, 16);
		byte[] svg = TestFiles.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
		byte[] html = TestFiles.utf8("<!DOCTYPE html><html><script>alert(1)</script></html>");
		return Stream.of(arguments("svg named png", "png", svg, "disguised_content"),
				arguments("html named jpg", "jpg", html, "disguised_content"),
				arguments("djvu named jpg", "jpg", TestFiles.utf8("AT&TFORM\0\0\0\u0020DJVUINFO\0\0\0\n"),
						"disguised_content"),
				arguments("png header then script", "png",
						TestFiles.followedBy(Arrays.copyOf(png, 8), "<script>alert(1)</script>"), "embedded_markup"),
				arguments("png with html appended", "png", TestFiles.followedBy(png, "<html><body>x</body></html>"),
						"embedded_markup"),
				arguments("pdf header then svg", "pdf", TestFiles.utf8("%PDF-1.7\n<svg onload=alert(1)>\n%%EOF\n"),
						"embedded_markup"),
				arguments("pdf opening javascript", "pdf",
						new PdfBuilder().catalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>").build(),
						"pdf_active_content"),
				arguments("pdf launch action", "pdf", new PdfBuilder().object("<< /S /Launch /F (cmd.exe) >>").build(),
						"pdf_active_content"),
				arguments("svg extension", "svg", svg, "extension_not_allowed"),
				arguments("html extension", "html", html, "extension_not_allowed"),
				arguments("empty file", "pdf", new byte[0], "empty_file"),
				arguments("png named jpg", "jpg", png, "type_mismatch"),
				arguments("encrypted pdf", "pdf",
						new PdfBuilder().trailer("/Encrypt 6 0 R").object("<< /Filter /Standard >>").build(),
						"pdf_encrypted"),
				arguments("broken png", "png", Arrays.copyOf(png, 30), "undecodable_image"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedUploads")
	void rejects(String description, String extension, byte[] content, String reason, CapturedOutput output) {
		String fileName = "kim-minsu-" + UUID.randomUUID() + "." + extension;
		boolean suspicious = List.of("disguised_content", "embedded_markup", "pdf_active_content").contains(reason);

		ApiClient.Response response = owner.upload(fileName, content);

		assertThat(response.status()).as(response.toString()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("unsupported_media_type");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(response.json().get("errors").get(0).get("code").asString())
			.isEqualTo(suspicious ? "content_not_allowed" : reason);
		List<Database.AuditRow> audit = Database.auditByCorrelationId(response.header("X-Request-Id"));
		assertThat(audit).extracting(Database.AuditRow::action).containsExactly("DOCUMENT_UPLOAD_REJECTED");
		assertThat(audit.get(0).outcome()).isEqualTo("FAILURE");
		assertThat(audit.get(0).actorId()).isEqualTo(owner.accountId());
		assertThat(audit.get(0).details()).contains("\"" + reason + "\"").doesNotContain("kim-minsu");
		List<SecurityEvent> events = securityEvents.of("MALICIOUS_UPLOAD_REJECTED", owner.accountId());
		if (suspicious) {
			assertThat(events).singleElement().satisfies((event) -> {
				assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.WARNING);
				assertThat(event.details()).containsEntry("reason", reason);
				assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
			});
		}
		else {
			assertThat(events).isEmpty();
		}
		assertThat(output.getAll()).doesNotContain("kim-minsu");
		assertThat(owner.api().get("/api/v1/documents").json().get("total").asLong()).isZero();
	}

	@Test
	void imageWithTooManyPixelsIsTooLarge() {
		ApiClient.Response response = owner.upload("huge.png", TestFiles.pngHeaderOnly(100_000, 100_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(413);
		assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
		assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("image_too_large");
	}

}
