package com.pettoyou.records.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.records.service.HealthNote;
import com.pettoyou.records.service.HealthNoteService;
import com.pettoyou.records.service.RecordPurpose;

/**
 * Health notes of a pet. Hospital staff send the {@code Access-Purpose} header on every
 * call; the pet's owner needs none.
 */
@RestController
@RequestMapping("/api/v1")
class HealthNoteController {

	/**
	 * Maximum length of clinical text as sent, before markup is removed; the cleaned text
	 * has tighter limits.
	 */
	static final int MAX_RAW_TEXT = 16_000;

	private final HealthNoteService notes;

	HealthNoteController(HealthNoteService notes) {
		this.notes = notes;
	}

	@PostMapping(path = "/pets/{petId}/health-notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	HealthNoteResponse create(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID petId,
			@RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose,
			@Valid @RequestBody CreateHealthNote request) {
		return HealthNoteResponse.of(notes.create(caller, AccessPurposeHeader.parse(purpose), petId,
				new HealthNoteService.NewNote(request.visitDate(), request.diagnosis(), request.treatment(),
						request.prescription(), request.actualCost(), request.hospitalId())));
	}

	@GetMapping("/pets/{petId}/health-notes")
	PageResponse<HealthNoteResponse> list(@AuthenticationPrincipal AuthenticatedAccount caller,
			@PathVariable UUID petId, @RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<HealthNote> result = notes.list(caller, AccessPurposeHeader.parse(purpose), petId, page, size);
		return new PageResponse<>(result.items().stream().map(HealthNoteResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@GetMapping("/health-notes/{noteId}")
	HealthNoteResponse get(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID noteId,
			@RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose) {
		return HealthNoteResponse.of(notes.get(caller, AccessPurposeHeader.parse(purpose), noteId));
	}

	@PatchMapping(path = "/health-notes/{noteId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	HealthNoteResponse update(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID noteId,
			@RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose,
			@Valid @RequestBody UpdateHealthNote request) {
		return HealthNoteResponse.of(notes.update(caller, AccessPurposeHeader.parse(purpose), noteId,
				new HealthNoteService.NoteChanges(request.visitDate(), request.diagnosis(), request.treatment(),
						request.prescription(), request.actualCost())));
	}

	@DeleteMapping("/health-notes/{noteId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID noteId,
			@RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose) {
		notes.delete(caller, AccessPurposeHeader.parse(purpose), noteId);
	}

	/**
	 * A new health note. The clinical text may contain markup, which is removed;
	 * {@code actualCost} is in won.
	 */
	record CreateHealthNote(@NotNull LocalDate visitDate, @NotNull @Size(max = MAX_RAW_TEXT) String diagnosis,
			@NotNull @Size(max = MAX_RAW_TEXT) String treatment, @Size(max = MAX_RAW_TEXT) String prescription,
			@Min(0) @Max(10_000_000) Long actualCost, UUID hospitalId) {

		@Override
		public String toString() {
			return "CreateHealthNote[visitDate=" + visitDate + "]";
		}

	}

	/** Changes to a health note; a missing or {@code null} field stays as it is. */
	record UpdateHealthNote(LocalDate visitDate, @Size(max = MAX_RAW_TEXT) String diagnosis,
			@Size(max = MAX_RAW_TEXT) String treatment, @Size(max = MAX_RAW_TEXT) String prescription,
			@Min(0) @Max(10_000_000) Long actualCost) {

		@Override
		public String toString() {
			return "UpdateHealthNote[visitDate=" + visitDate + "]";
		}

	}

	/** A health note with its clinical text; never its ciphertext. */
	record HealthNoteResponse(UUID id, UUID petId, UUID hospitalId, UUID authorId, LocalDate visitDate,
			String diagnosis, String treatment, String prescription, Long actualCost, Instant createdAt,
			Instant updatedAt) {

		static HealthNoteResponse of(HealthNote note) {
			return new HealthNoteResponse(note.id(), note.petId(), note.hospitalId(), note.authorId(), note.visitDate(),
					note.diagnosis(), note.treatment(), note.prescription(), note.actualCost(), note.createdAt(),
					note.updatedAt());
		}

		@Override
		public String toString() {
			return "HealthNoteResponse[id=" + id + "]";
		}

	}

}
