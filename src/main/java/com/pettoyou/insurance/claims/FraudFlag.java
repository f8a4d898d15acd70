package com.pettoyou.insurance.claims;

/**
 * A reason why a claim needs a manual review. Only adjusters get a claim's flags. The
 * claimant learns only that a review is required.
 */
public enum FraudFlag {

	/** The total is above its claim type's review threshold. */
	COST_ABOVE_REVIEW_THRESHOLD,

	/**
	 * The incident happened soon after the policy started, as when a pet is insured
	 * because an illness is already known.
	 */
	EARLY_INCIDENT,

	/**
	 * An earlier claim has the same pet, claim type, incident date and total, as when one
	 * treatment is claimed twice.
	 */
	DUPLICATE_CLAIM,

	/** The total is a large round sum, which invoices rarely are but estimates are. */
	ROUND_AMOUNT,

	/** The account submitted many claims within a short period. */
	FREQUENT_CLAIMS

}
