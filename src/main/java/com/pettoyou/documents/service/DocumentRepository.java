package com.pettoyou.documents.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;
import com.pettoyou.documents.inspection.DocumentType;

/**
 * Reads and inserts document metadata. The file name is encrypted with associated data
 * naming this table, the column and the row id.
 */
@Repository
class DocumentRepository {

	private static final String COLUMNS = "id, uploader_id, file_name_encrypted, content_type, size_bytes, sha256, "
			+ "created_at";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	DocumentRepository(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
	}

	void insert(Document document) {
		jdbc.sql("""
				INSERT INTO document (id, uploader_id, file_name_encrypted, content_type, size_bytes, sha256,
				    created_at)
				VALUES (:id, :uploader, :fileName, :contentType, :size, :sha256, :createdAt)
				""")
			.param("id", document.id())
			.param("uploader", document.uploaderId())
			.param("fileName", encryptor.encrypt(document.fileName(), fileNameBinding(document.id())).toBytes())
			.param("contentType", document.type().mediaType())
			.param("size", document.size())
			.param("sha256", HexFormat.of().parseHex(document.sha256()))
			.param("createdAt", document.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Document> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	List<Document> findByUploader(UUID uploaderId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM document WHERE uploader_id = :uploader"
					+ " ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("uploader", uploaderId)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	long countByUploader(UUID uploaderId) {
		return jdbc.sql("SELECT count(*) FROM document WHERE uploader_id = :uploader")
			.param("uploader", uploaderId)
			.query(Long.class)
			.single();
	}

	boolean existsForUploader(UUID id, UUID uploaderId) {
		return jdbc.sql("SELECT count(*) FROM document WHERE id = :id AND uploader_id = :uploader")
			.param("id", id)
			.param("uploader", uploaderId)
			.query(Long.class)
			.single() > 0;
	}

	private Document map(ResultSet row, int rowNumber) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		String fileName = encryptor.decrypt(EncryptedValue.fromBytes(row.getBytes("file_name_encrypted")),
				fileNameBinding(id));
		DocumentType type = DocumentType.forMediaType(row.getString("content_type")).orElseThrow();
		return new Document(id, row.getObject("uploader_id", UUID.class), fileName, type, row.getLong("size_bytes"),
				HexFormat.of().formatHex(row.getBytes("sha256")),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static AssociatedData fileNameBinding(UUID id) {
		return new AssociatedData("document", "file_name_encrypted", id);
	}

}
