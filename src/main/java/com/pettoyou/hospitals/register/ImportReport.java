package com.pettoyou.hospitals.register;

import java.util.List;

/**
 * The outcome of one register import.
 *
 * @param read the number of data rows in the file, without the header
 * @param imported rows that added a hospital
 * @param updated rows that changed a stored hospital
 * @param unchanged rows that matched a stored hospital in every field
 * @param rejected rows that failed validation and were skipped
 */
public record ImportReport(int read, int imported, int updated, int unchanged, List<Rejection> rejected) {

	public ImportReport {
		rejected = List.copyOf(rejected);
	}

	/**
	 * One skipped row.
	 *
	 * @param row the data row number, from 1 for the first row after the header. A row
	 * may span several lines of the file
	 * @param licenceNumber the row's licence number, or {@code null} when it is not a
	 * valid one
	 * @param reason a lower-case code such as {@code licence_date_invalid}
	 */
	public record Rejection(int row, String licenceNumber, String reason) {
	}

}
