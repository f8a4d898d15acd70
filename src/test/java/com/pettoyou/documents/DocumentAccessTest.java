package com.pettoyou.documents;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the uploader may download a document. */
@DocumentsIntegrationTest
class DocumentAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	Documents documents;

	DocumentClient owner;

	String id;

	@BeforeEach
	void setUp() {
		owner = DocumentClient.aSignedInOwner(port);
		id = owner.uploadAccepted("receipt.pdf", TestFiles.pdf("CANARY-receipt-3b9d"));
	}

	@Test
	void otherAccountIsForbidden() {
		DocumentClient other = DocumentClient.aSignedInOwner(port);

		HttpResponse<byte[]> response = other.download(id);

		assertThat(response.statusCode()).isEqualTo(403);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"forbidden\"").doesNotContain("CANARY").doesNotContain("receipt.pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
		String correlationId = response.headers().firstValue("X-Request-Id").orElseThrow();
		List<Database.AuditRow> denials = Database.auditByCorrelationId(correlationId);
		assertThat(denials).extracting(Database.AuditRow::action).containsExactly("ACCESS_DENIED");
		assertThat(denials.get(0).actorId()).isEqualTo(other.accountId());
		assertThat(denials.get(0).resourceId()).isEqualTo("/api/v1/documents/" + id);
	}

	@Test
	void unknownDocumentIsNotFound() {
		HttpResponse<byte[]> response = owner.download(UUID.randomUUID().toString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"not_found\"");
	}

	@Test
	void malformedIdIsInvalid() {
		assertThat(owner.download("not-a-uuid").statusCode()).isEqualTo(400);
	}

	@Test
	void listNeverShowsForeignDocuments() {
		DocumentClient other = DocumentClient.aSignedInOwner(port);

		assertThat(other.api().get("/api/v1/documents?size=100").json().get("total").asLong()).isZero();
		assertThat(other.api().get("/api/v1/documents?size=100").body()).doesNotContain(id);
	}

	@Test
	void ownershipIsVisibleToOtherModules() {
		UUID document = UUID.fromString(id);

		assertThat(documents.ownedBy(document, owner.accountId())).isTrue();
		assertThat(documents.ownedBy(document, UUID.randomUUID())).isFalse();
		assertThat(documents.ownedBy(UUID.randomUUID(), owner.accountId())).isFalse();
	}

}
