package com.pettoyou.insurance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.insurance.InsurancePolicies;
import com.pettoyou.insurance.PremiumPolicy;

/** The {@link InsurancePolicies} that the payments module calls. */
@Service
class PolicyActivation implements InsurancePolicies {

	private static final Logger log = LoggerFactory.getLogger(PolicyActivation.class);

	private final PolicyRepository policies;

	private final AuditLog audit;

	private final Clock clock;

	PolicyActivation(PolicyRepository policies, AuditLog audit, Clock clock) {
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PremiumPolicy> findPremiumPolicy(UUID policyId) {
		return policies.findPremiumPolicy(policyId);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean activate(UUID policyId, Instant paidAt) {
		Optional<Integer> waitingPeriodDays = policies.lockPendingForActivation(policyId);
		if (waitingPeriodDays.isEmpty()) {
			return false;
		}
		PolicyTerm term = PolicyTerm.startingAt(paidAt, waitingPeriodDays.get());
		policies.activate(policyId, term, clock.instant());
		audit.record(AuditEntry.of("POLICY_ACTIVATED", AuditOutcome.SUCCESS)
			.resource("insurance_policy", policyId)
			.details(Map.of("startsAt", term.startsAt().toString(), "endsAt", term.endsAt().toString())));
		log.atInfo().addKeyValue(LogKeys.POLICY_ID, policyId).log("Insurance policy activated");
		return true;
	}

}
