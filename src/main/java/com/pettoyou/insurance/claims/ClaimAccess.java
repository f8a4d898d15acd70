package com.pettoyou.insurance.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import com.pettoyou.common.ApiException;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.Permission;

/**
 * The rules for reading claims. Adjusters with {@code read:claims} read every claim after
 * declaring {@code Access-Purpose: CLAIM_REVIEW}. Anyone else is a claimant and reads
 * their own claims only.
 */
public final class ClaimAccess {

	private ClaimAccess() {
	}

	/** Returns whether the caller reads claims as an adjuster. */
	public static boolean isAdjuster(AuthenticatedAccount caller) {
		return !caller.restricted() && caller.role().permissions().contains(Permission.READ_CLAIMS);
	}

	/**
	 * Returns the purpose to record for the caller's read.
	 * @param declared the purpose from the {@code Access-Purpose} header, or {@code null}
	 * @throws ApiException 400 naming the header when an adjuster declared none
	 */
	static ClaimReadPurpose purposeOf(AuthenticatedAccount caller, ClaimReadPurpose declared) {
		if (!isAdjuster(caller)) {
			return ClaimReadPurpose.OWNER_ACCESS;
		}
		if (declared != ClaimReadPurpose.CLAIM_REVIEW) {
			throw ApiException.invalidField(ClaimReadPurpose.HEADER, "required");
		}
		return declared;
	}

	/** Returns the audit details of a read. */
	static Map<String, String> readDetails(ClaimReadPurpose purpose) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("purpose", purpose.name());
		return details;
	}

}
