package com.pettoyou.insurance;

/** The state of an insurance policy. */
public enum PolicyStatus {

	/** Enrolled, waiting for its first premium payment to succeed. */
	PENDING,

	/** In force: the first premium was paid and the term has started. */
	ACTIVE

}
