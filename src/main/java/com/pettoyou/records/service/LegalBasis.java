package com.pettoyou.records.service;

/**
 * The legal ground on which a medical record is processed, recorded with every access.
 */
public enum LegalBasis {

	/** The owner exercises their right to their own data. */
	DATA_SUBJECT_ACCESS,

	/** The owner granted the caller's hospital access to the pet. */
	OWNER_CONSENT,

	/** A law or an authority requires the access. */
	LEGAL_OBLIGATION

}
