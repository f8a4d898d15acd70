package com.pettoyou.insurance;

/**
 * The kinds of treatment that a claim is for. A product covers a subset of them, listed
 * as its coverage types.
 */
public enum ClaimType {

	GENERAL,

	SURGERY,

	EMERGENCY,

	HOSPITALIZATION,

	DIAGNOSTIC,

	DENTAL,

	CHRONIC

}
