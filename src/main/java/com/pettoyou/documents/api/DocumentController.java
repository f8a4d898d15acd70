package com.pettoyou.documents.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.pettoyou.common.PageResponse;
import com.pettoyou.documents.service.Document;
import com.pettoyou.documents.service.DocumentService;
import com.pettoyou.documents.service.DocumentService.DocumentContent;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Uploads of PDF, JPEG and PNG files, the caller's list of them, and their download as
 * attachments. The checks that an upload must pass are described in
 * {@link com.pettoyou.documents.inspection.UploadInspector}.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

	private final DocumentService documents;

	private final UploadRateLimit rateLimit;

	DocumentController(DocumentService documents, UploadRateLimit rateLimit) {
		this.documents = documents;
		this.rateLimit = rateLimit;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentResponse> upload(@AuthenticationPrincipal AuthenticatedAccount uploader,
			@RequestPart("file") MultipartFile file, HttpServletResponse response) {
		rateLimit.check(uploader, response);
		Document document = documents.upload(uploader, file.getOriginalFilename(), bytesOf(file));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
			.body(DocumentResponse.of(document));
	}

	@GetMapping
	PageResponse<DocumentResponse> list(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Document> result = documents.list(caller, page, size);
		return new PageResponse<>(result.items().stream().map(DocumentResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	/**
	 * Returns the decrypted file as an attachment with the stored media type and
	 * {@code X-Content-Type-Options: nosniff}, so a browser neither renders it in the
	 * API's origin nor guesses another type.
	 */
	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID id,
			@RequestHeader(name = "Access-Purpose", required = false) String purpose) {
		DocumentContent download = documents.download(caller, id, purpose);
		Document document = download.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.type().mediaType()))
			.contentLength(download.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(document.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the uploaded part failed", ex);
		}
	}

	/**
	 * A stored document.
	 *
	 * @param size the stored size in bytes, which differs from the uploaded size for
	 * images because they are re-encoded
	 */
	record DocumentResponse(UUID id, String fileName, String contentType, long size, Instant createdAt) {

		static DocumentResponse of(Document document) {
			return new DocumentResponse(document.id(), document.fileName(), document.type().mediaType(),
					document.size(), document.createdAt());
		}

		@Override
		public String toString() {
			return "DocumentResponse[id=" + id + ", contentType=" + contentType + ", size=" + size
					+ ", fileName=redacted]";
		}

	}

}
