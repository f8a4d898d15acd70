package com.pettoyou.documents;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.ContentEncryptor;
import com.pettoyou.documents.service.DocumentProperties;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are stored encrypted under their id, and a stored file that was changed,
 * swapped or removed is never served.
 */
@DocumentsIntegrationTest
class DocumentStorageTest {

	static final String CANARY = "CANARY-plaintext-c0ffee";

	static final String FILE_NAME = "CANARY-name-kim.pdf";

	@LocalServerPort
	int port;

	@Autowired
	DocumentProperties properties;

	@Autowired
	SecurityEventRecorder securityEvents;

	DocumentClient owner;

	byte[] pdf;

	String id;

	@BeforeEach
	void setUp() {
		owner = DocumentClient.aSignedInOwner(port);
		pdf = TestFiles.pdf(CANARY);
		id = owner.uploadAccepted(FILE_NAME, pdf);
	}

	@Test
	void fileOnDiskHoldsNoPlaintext() throws IOException {
		byte[] stored = Files.readAllBytes(fileOf(id));

		assertThat(stored).hasSize(pdf.length + ContentEncryptor.OVERHEAD);
		assertThat(TestFiles.contains(stored, TestFiles.utf8(CANARY))).isFalse();
		assertThat(TestFiles.contains(stored, TestFiles.utf8("%PDF"))).isFalse();
		assertThat(TestFiles.contains(stored, TestFiles.utf8("CANARY"))).isFalse();
	}

	@Test
	void fileNamedByIdAndPrivate() throws IOException {
		try (Stream<Path> files = Files.list(directory())) {
			assertThat(files.map((path) -> path.getFileName().toString()))
				.allMatch((name) -> name.matches("[0-9a-f-]{36}"));
		}
		if (Files.getFileStore(directory()).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fileOf(id)))).isEqualTo("rw-------");
		}
	}

	@Test
	void databaseRowHoldsNoFileName() {
		String row = Database.jdbc()
			.sql("SELECT row_to_json(d)::text FROM document d WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();

		assertThat(row).doesNotContain("CANARY").doesNotContain("kim");
		assertThat(row).contains("application/pdf");
	}

	@Test
	void flippedByteIsNeverServed() throws IOException {
		byte[] stored = Files.readAllBytes(fileOf(id));
		stored[stored.length / 2] ^= 0x01;
		Files.write(fileOf(id), stored);

		assertIntegrityFailure("decryption_failed");
	}

	@Test
	void fileOfAnotherDocumentIsNeverServed() throws IOException {
		String other = owner.uploadAccepted("other.pdf", TestFiles.pdf("Other"));
		Files.copy(fileOf(other), fileOf(id), StandardCopyOption.REPLACE_EXISTING);

		assertIntegrityFailure("decryption_failed");
	}

	@Test
	void missingFileIsAnError() throws IOException {
		Files.delete(fileOf(id));

		assertIntegrityFailure("file_unreadable");
	}

	private void assertIntegrityFailure(String reason) {
		HttpResponse<byte[]> response = owner.download(id);

		assertThat(response.statusCode()).isEqualTo(500);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"internal_error\"").doesNotContain("CANARY").doesNotContain("PDF");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
		List<Database.AuditRow> audit = Database
			.auditByCorrelationId(response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(audit).extracting(Database.AuditRow::action).containsExactly("DOCUMENT_DOWNLOADED");
		assertThat(audit.get(0).outcome()).isEqualTo("FAILURE");
		assertThat(audit.get(0).details()).contains(reason);
		assertThat(securityEvents.of("DOCUMENT_INTEGRITY_FAILED", owner.accountId())).singleElement()
			.satisfies((event) -> {
				assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
				assertThat(event.details()).containsEntry("documentId", id).containsEntry("reason", reason);
			});
	}

	private Path directory() {
		return properties.directory().toAbsolutePath();
	}

	private Path fileOf(String documentId) {
		return directory().resolve(documentId);
	}

}
