package com.pettoyou.records.api;

import com.pettoyou.common.ApiException;
import com.pettoyou.records.service.RecordPurpose;

/** Reads the {@code Access-Purpose} request header. */
final class AccessPurposeHeader {

	private AccessPurposeHeader() {
	}

	/**
	 * Returns the declared purpose, or {@code null} when the header is absent.
	 * @throws ApiException 400 for a value that is not {@code TREATMENT},
	 * {@code CLAIM_REVIEW} or {@code LEGAL_OBLIGATION}
	 */
	static RecordPurpose parse(String value) {
		if (value == null) {
			return null;
		}
		return RecordPurpose.fromHeader(value)
			.orElseThrow(() -> ApiException.invalidField(RecordPurpose.HEADER, "unknown_purpose"));
	}

}
