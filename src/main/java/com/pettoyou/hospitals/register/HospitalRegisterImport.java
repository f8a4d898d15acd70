package com.pettoyou.hospitals.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.hospitals.register.ImportReport.Rejection;
import com.pettoyou.hospitals.service.HospitalRepository;
import com.pettoyou.hospitals.service.HospitalRepository.UpsertResult;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Imports the Seoul animal hospital register, a UTF-8 CSV file with a header row whose
 * quoted fields may span several lines. Each valid row inserts or updates the hospital
 * with its licence number, so running the import again with the same file changes
 * nothing. Invalid rows are skipped and listed in the report. The whole import is one
 * transaction, so a file that cannot be read leaves the table as it was.
 */
@Service
public class HospitalRegisterImport {

	private static final Logger log = LoggerFactory.getLogger(HospitalRegisterImport.class);

	private static final int PROGRESS_INTERVAL = 100;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.get();

	private final HospitalRepository hospitals;

	private final HospitalRegisterProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	HospitalRegisterImport(HospitalRepository hospitals, HospitalRegisterProperties properties, AuditLog audit,
			Clock clock) {
		this.hospitals = hospitals;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Returns the configured register file, {@code pettoyou.hospitals.register-file}. */
	public Path configuredFile() {
		return Path.of(properties.registerFile());
	}

	/** Imports the configured register file on behalf of an administrator. */
	@PreAuthorize("hasAuthority('manage:hospitals')")
	@Transactional
	public ImportReport importConfiguredFile(AuthenticatedAccount admin) {
		return run(configuredFile(), admin);
	}

	/**
	 * Imports a register file. It checks no permission, so only the
	 * {@code import-hospitals} command and tests call it.
	 * @param actor the administrator who started the import, or {@code null} for the
	 * command line
	 * @throws RegisterFileException when the file cannot be read or lacks a required
	 * column
	 */
	@Transactional
	public ImportReport importFile(Path file, AuthenticatedAccount actor) {
		return run(file, actor);
	}

	private ImportReport run(Path file, AuthenticatedAccount actor) {
		log.atInfo().addKeyValue("file", file.getFileName()).log("Hospital register import started");

		Instant now = clock.instant();
		Map<UpsertResult, Integer> counts = new HashMap<>();
		List<Rejection> rejected = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int read = 0;

		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			checkColumns(parser, file);
			for (CSVRecord record : parser) {
				read++;
				RegisterRow.Parsed row = RegisterRow.parse(record);
				if (row.hospital() == null) {
					rejected.add(new Rejection(read, row.licenceNumber(), row.reason()));
				}
				else if (!seen.add(row.licenceNumber())) {
					rejected.add(new Rejection(read, row.licenceNumber(), "licence_number_duplicate"));
				}
				else {
					counts.merge(hospitals.upsert(row.hospital(), now), 1, Integer::sum);
				}

				if (read % PROGRESS_INTERVAL == 0) {
					log.atInfo().addKeyValue("rows_read", read).log("Hospital register import in progress");
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			throw new RegisterFileException("Failed to read the hospital register " + file + ": " + ex.getMessage(),
					ex);
		}

		ImportReport report = new ImportReport(read, counts.getOrDefault(UpsertResult.INSERTED, 0),
				counts.getOrDefault(UpsertResult.UPDATED, 0), counts.getOrDefault(UpsertResult.UNCHANGED, 0), rejected);

		recordAudit(report, actor);
		log.atInfo()
			.addKeyValue(LogKeys.ACCOUNT_ID, (actor != null) ? actor.accountId() : null)
			.addKeyValue("rows_read", report.read())
			.addKeyValue("imported", report.imported())
			.addKeyValue("updated", report.updated())
			.addKeyValue("unchanged", report.unchanged())
			.addKeyValue("rejected", report.rejected().size())
			.log("Hospital register import finished");

		return report;
	}

	private static void checkColumns(CSVParser parser, Path file) {
		List<String> missing = RegisterRow.REQUIRED_COLUMNS.stream()
			.filter((column) -> !parser.getHeaderMap().containsKey(column))
			.toList();
		if (!missing.isEmpty()) {
			throw new RegisterFileException(
					"The hospital register " + file + " is missing the columns " + String.join(", ", missing), null);
		}
	}

	private void recordAudit(ImportReport report, AuthenticatedAccount actor) {
		AuditEntry entry = AuditEntry.of("HOSPITALS_IMPORTED", AuditOutcome.SUCCESS)
			.resource("hospital_register", null)
			.details(Map.of("read", Integer.toString(report.read()), "imported", Integer.toString(report.imported()),
					"updated", Integer.toString(report.updated()), "unchanged", Integer.toString(report.unchanged()),
					"rejected", Integer.toString(report.rejected().size()), "source",
					(actor != null) ? "api" : "command"));
		if (actor != null) {
			entry = entry.actor(actor.accountId(), actor.role().name());
		}
		audit.record(entry);
	}

	/** The register file is missing, unreadable, not valid CSV or lacks a column. */
	public static class RegisterFileException extends RuntimeException {

		RegisterFileException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
