package com.pettoyou.documents;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners upload PDFs, JPEGs and PNGs, list them and download them as attachments. */
@DocumentsIntegrationTest
class DocumentUploadTest {

	static final int MAX_UPLOAD = 10 * 1024 * 1024;

	@LocalServerPort
	int port;

	DocumentClient owner;

	@BeforeEach
	void setUp() {
		owner = DocumentClient.aSignedInOwner(port);
	}

	@Test
	void pdfRoundTrip() {
		byte[] pdf = TestFiles.pdf("Invoice 2026-001");

		ApiClient.Response created = owner.upload("invoice.pdf", "text/html", pdf);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/documents/" + id);
		assertThat(created.json().get("contentType").asString()).as("detected, not declared")
			.isEqualTo("application/pdf");
		assertThat(created.json().get("size").asLong()).isEqualTo(pdf.length);
		assertThat(created.json().get("fileName").asString()).isEqualTo("invoice.pdf");
		HttpResponse<byte[]> download = owner.download(id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Length")).hasValue(Integer.toString(pdf.length));
	}

	@Test
	void downloadIsAttachmentWithNosniff() {
		String id = owner.uploadAccepted("scan.pdf", TestFiles.pdf("Scan"));

		HttpResponse<byte[]> download = owner.download(id);

		assertThat(download.headers().allValues("Content-Disposition"))
			.containsExactly("attachment; filename=\"scan.pdf\"; filename*=UTF-8''scan.pdf");
		assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(download.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).startsWith("default-src 'none'"));
	}

	@Test
	void koreanFileNameIsEncoded() {
		String id = owner.uploadAccepted("진단서 <최종>.pdf", TestFiles.pdf("Report"));

		HttpResponse<byte[]> download = owner.download(id);

		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"___ ____.pdf\";"
					+ " filename*=UTF-8''%EC%A7%84%EB%8B%A8%EC%84%9C%20_%EC%B5%9C%EC%A2%85_.pdf");
	}

	@Test
	void jpegIsStoredReencoded() throws Exception {
		byte[] jpeg = TestFiles.withJpegComment(TestFiles.jpeg(64, 48), "CANARY-comment-9a1e");

		ApiClient.Response created = owner.upload("photo.jpeg", "image/png", jpeg);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("contentType").asString()).isEqualTo("image/jpeg");
		HttpResponse<byte[]> download = owner.download(created.json().get("id").asString());
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(download.body()).hasSize(created.json().get("size").asInt());
		assertThat(TestFiles.contains(download.body(), TestFiles.utf8("CANARY"))).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(download.body())).getWidth()).isEqualTo(64);
	}

	@Test
	void pngIsStoredReencoded() throws Exception {
		byte[] png = TestFiles.withPngText(TestFiles.png(30, 20), "Author", "CANARY-author-77f0");

		String id = owner.uploadAccepted("chart.PNG", png);

		HttpResponse<byte[]> download = owner.download(id);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(TestFiles.contains(download.body(), TestFiles.utf8("CANARY"))).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(download.body())).getHeight()).isEqualTo(20);
	}

	@Test
	void uploadIsAuditedWithoutFileName() {
		String id = owner.uploadAccepted("kim-minsu-diagnosis.pdf", TestFiles.pdf("Report"));
		owner.download(id);

		List<Database.AuditRow> uploads = Database.auditByActionAndResource("DOCUMENT_UPLOADED", id);
		List<Database.AuditRow> downloads = Database.auditByActionAndResource("DOCUMENT_DOWNLOADED", id);

		assertThat(uploads).hasSize(1);
		assertThat(uploads.get(0).outcome()).isEqualTo("SUCCESS");
		assertThat(uploads.get(0).actorId()).isEqualTo(owner.accountId());
		assertThat(uploads.get(0).resourceType()).isEqualTo("document");
		assertThat(uploads.get(0).details()).contains("application/pdf").doesNotContain("kim-minsu");
		assertThat(downloads).hasSize(1);
		assertThat(downloads.get(0).outcome()).isEqualTo("SUCCESS");
	}

	@Test
	void listShowsOwnDocumentsNewestFirst() {
		String first = owner.uploadAccepted("first.pdf", TestFiles.pdf("One"));
		String second = owner.uploadAccepted("second.png", TestFiles.png(8, 8));
		DocumentClient.aSignedInOwner(port).uploadAccepted("foreign.pdf", TestFiles.pdf("Other"));

		ApiClient.Response page = owner.api().get("/api/v1/documents?page=0&size=1");
		ApiClient.Response all = owner.api().get("/api/v1/documents");

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().get("total").asLong()).isEqualTo(2);
		assertThat(page.json().get("items")).hasSize(1);
		assertThat(all.json().get("items")).extracting((JsonNode item) -> item.get("id").asString())
			.containsExactly(second, first);
		JsonNode item = all.json().get("items").get(1);
		assertThat(item.get("fileName").asString()).isEqualTo("first.pdf");
		assertThat(item.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(item.get("createdAt").asString()).isNotBlank();
	}

	@Test
	void listRejectsOversizedPage() {
		ApiClient.Response response = owner.api().get("/api/v1/documents?size=101");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void uploadOfMaximumSizeIsAccepted() {
		byte[] pdf = PdfBuilder.ofSize(MAX_UPLOAD);

		ApiClient.Response created = owner.upload("large.pdf", pdf);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("size").asLong()).isEqualTo(MAX_UPLOAD);
	}

	@Test
	void uploadOverMaximumSizeIsTooLarge() {
		byte[] pdf = PdfBuilder.ofSize(MAX_UPLOAD + 1);

		ApiClient.Response response = owner.upload("large.pdf", pdf);

		assertThat(response.status()).as(response.toString()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
		assertThat(owner.api().get("/api/v1/documents").json().get("total").asLong()).isZero();
	}

	@Test
	void uploadWithoutTokenIsUnauthorized() {
		ApiClient.Response response = new ApiClient(port).withHeader("Content-Type", "multipart/form-data; boundary=x")
			.post("/api/v1/documents", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\""
					+ "\r\n\r\n%PDF-1.4\r\n--x--\r\n");

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
	}

	@Test
	void uploadWithoutFilePartIsInvalid() {
		ApiClient.Response response = owner.api()
			.withHeader("Content-Type", "multipart/form-data; boundary=x")
			.post("/api/v1/documents", "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--x--\r\n");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
	}

	@Test
	void jsonUploadIsUnsupported() {
		ApiClient.Response response = owner.api().post("/api/v1/documents", "{\"file\":\"JVBERi0=\"}");

		assertThat(response.status()).as(response.toString()).isEqualTo(415);
		assertThat(response.json().get("code").asString()).isEqualTo("unsupported_media_type");
	}

}
