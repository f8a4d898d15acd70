package com.pettoyou.insurance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Policies as the payments module uses them: looked up before a premium is taken, and
 * activated when the first premium payment succeeds. Both calls join the caller's
 * transaction.
 */
public interface InsurancePolicies {

	/** Returns the policy with this id, or empty when there is none. */
	Optional<PremiumPolicy> findPremiumPolicy(UUID policyId);

	/**
	 * Activates a {@link PolicyStatus#PENDING} policy: its term starts at {@code paidAt}
	 * and ends one calendar year later in Korean time, and its waiting period ends the
	 * product's waiting-period days after the start. An active policy is left unchanged.
	 * @return whether this call activated the policy
	 */
	boolean activate(UUID policyId, Instant paidAt);

}
