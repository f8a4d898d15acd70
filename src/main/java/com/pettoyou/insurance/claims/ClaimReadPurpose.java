package com.pettoyou.insurance.claims;

import java.util.Optional;

/**
 * The purpose of a read of a claim, recorded with every read. Claimants read their own
 * claims for {@link #OWNER_ACCESS}; adjusters must declare {@link #CLAIM_REVIEW} in the
 * {@code Access-Purpose} header, because a claim contains medical data.
 */
public enum ClaimReadPurpose {

	/** The claimant reads their own claim. */
	OWNER_ACCESS,

	/** An adjuster reviews the claim. */
	CLAIM_REVIEW;

	/** The request header in which adjusters declare their purpose. */
	public static final String HEADER = "Access-Purpose";

	/**
	 * Returns the purpose that a header value declares. Only {@code CLAIM_REVIEW}, exact
	 * and upper case, may be declared for claims.
	 */
	public static Optional<ClaimReadPurpose> fromHeader(String value) {
		return CLAIM_REVIEW.name().equals(value) ? Optional.of(CLAIM_REVIEW) : Optional.empty();
	}

}
