package com.pettoyou.records.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The purpose of a read or write of a medical record. Owners act for
 * {@link #OWNER_ACCESS}. Hospital staff name one of the others in the
 * {@code Access-Purpose} header, because the Medical Act requires the purpose of every
 * access to be recorded.
 */
public enum RecordPurpose {

	/** The pet's owner looks after their own pet's records. */
	OWNER_ACCESS(false),

	/** A hospital treats the pet. */
	TREATMENT(true),

	/** A claim that relies on the record is being reviewed. */
	CLAIM_REVIEW(true),

	/** A law or an authority requires the access. */
	LEGAL_OBLIGATION(true);

	/** The request header in which staff declare their purpose. */
	public static final String HEADER = "Access-Purpose";

	private final boolean declarable;

	RecordPurpose(boolean declarable) {
		this.declarable = declarable;
	}

	/**
	 * Returns the purpose named by a header value, or empty when the value is not one
	 * that a caller may declare. Matching is exact: {@code treatment} is not accepted.
	 */
	public static Optional<RecordPurpose> fromHeader(String value) {
		return Arrays.stream(values())
			.filter((purpose) -> purpose.declarable && purpose.name().equals(value))
			.findFirst();
	}

}
