package com.pettoyou.insurance.claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.documents.Documents;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.insurance.PolicyStatus;
import com.pettoyou.records.ClinicalTextCleaner;
import com.pettoyou.records.PetRecords;

/**
 * Policyholders submit claims for their insured pets. A claim is checked in layers: the
 * request's form, the cleaning of its clinical text, the cost limits of its type, the
 * account's submission limits, the ownership and coverage of the policy, the cited health
 * notes and the attached documents, which the claimant must have uploaded. It is then
 * stored with its diagnosis and cost breakdown encrypted, and audited. The fraud rules
 * and the cost threshold may flag it for a manual review.
 */
@Service
public class ClaimSubmissionService {

	static final String COST_ANOMALY_EVENT = "COST_ANOMALY";

	static final String FLAGGED_EVENT = "CLAIM_FLAGGED";

	/** Largest length of a cost line's item, in code points after cleaning. */
	static final int MAX_ITEM_LENGTH = 100;

	private static final Logger log = LoggerFactory.getLogger(ClaimSubmissionService.class);

	private final CoveredPolicyRepository policies;

	private final ClaimRepository claims;

	private final SubmissionLimits limits;

	private final CostRules costRules;

	private final FraudRules fraudRules;

	private final ClaimCipher cipher;

	private final ClinicalTextCleaner cleaner;

	private final PetRecords records;

	private final Documents documents;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Clock clock;

	ClaimSubmissionService(CoveredPolicyRepository policies, ClaimRepository claims, SubmissionLimits limits,
			CostRules costRules, FraudRules fraudRules, ClaimCipher cipher, ClinicalTextCleaner cleaner,
			PetRecords records, Documents documents, AuditLog audit, ApplicationEventPublisher events,
			TransactionOperations transactions, Clock clock) {
		this.policies = policies;
		this.claims = claims;
		this.limits = limits;
		this.costRules = costRules;
		this.fraudRules = fraudRules;
		this.cipher = cipher;
		this.cleaner = cleaner;
		this.records = records;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Submits a claim on one of the caller's active policies.
	 * @throws ApiException 400 for invalid content, a cost outside the type's range, a
	 * breakdown that does not add up, an uncovered type or date, a pending policy, health
	 * notes of another pet, documents of another account, or the daily limit. 403 for
	 * another account's policy, 404 for an unknown policy, and 429 past the hourly limit.
	 */
	@PreAuthorize("hasAuthority('submit:claims')")
	public SubmittedClaim submit(AuthenticatedAccount claimant, NewClaim request) {
		checkDistinct("healthNoteIds", request.healthNoteIds());
		checkDistinct("documentIds", request.documentIds());
		String diagnosis = cleaner.cleanDiagnosis(claimant, request.diagnosis());
		List<CostLine> lines = cleanLines(claimant, request.costBreakdown());
		boolean costAnomaly = costRules.check(request.claimType(), request.totalClaimAmount(), lines);

		StoredClaim claim = transactions.execute((status) -> {
			Instant now = limits.acquire(claimant.accountId());
			CoveredPolicy policy = policies.find(request.policyId()).orElseThrow(ApiException::notFound);
			if (!policy.holderId().equals(claimant.accountId())) {
				throw ApiException.forbidden();
			}
			checkCoverage(policy, request, now);
			if (!records.notesBelongTo(policy.petId(), request.healthNoteIds())) {
				throw ApiException.invalidField("healthNoteIds", "unknown_health_note");
			}
			for (UUID documentId : request.documentIds()) {
				if (!documents.ownedBy(documentId, claimant.accountId())) {
					throw ApiException.invalidField("documentIds", "unknown_document");
				}
			}
			List<FraudFlag> flags = flags(claimant, policy, request, costAnomaly, now);
			StoredClaim stored = store(claimant, policy, request, diagnosis, lines, flags, now);
			auditSubmitted(claimant, stored, request.healthNoteIds().size(), request.documentIds().size());
			return stored;
		});

		raiseEvents(claimant, claim);
		log.atInfo()
			.addKeyValue(LogKeys.CLAIM_ID, claim.id())
			.addKeyValue(LogKeys.POLICY_ID, claim.policyId())
			.addKeyValue(LogKeys.ACCOUNT_ID, claimant.accountId())
			.log("Claim submitted");
		return new SubmittedClaim(claim.id(), ClaimStatus.SUBMITTED, claim.reviewRequired());
	}

	private List<CostLine> cleanLines(AuthenticatedAccount claimant, List<CostLine> raw) {
		List<CostLine> lines = new ArrayList<>(raw.size());
		for (int i = 0; i < raw.size(); i++) {
			String field = "costBreakdown[" + i + "].item";
			lines.add(new CostLine(cleaner.cleanText(claimant, field, raw.get(i).item(), MAX_ITEM_LENGTH),
					raw.get(i).amount()));
		}
		return lines;
	}

	/**
	 * Checks that the policy is active, covers the claim type and covered the incident
	 * date: on or after the day the waiting period ended and before the day the term
	 * ends, both in Korean time, and not after today in Korean time.
	 */
	private static void checkCoverage(CoveredPolicy policy, NewClaim request, Instant now) {
		if (policy.status() != PolicyStatus.ACTIVE) {
			throw ApiException.invalidField("policyId", "policy_not_active");
		}
		if (!policy.coverageTypes().contains(request.claimType())) {
			throw ApiException.invalidField("claimType", "not_covered");
		}
		LocalDate incident = request.incidentDate();
		if (incident.isAfter(LocalDate.ofInstant(now, CoveredPolicy.POLICY_ZONE))) {
			throw ApiException.invalidField("incidentDate", "future");
		}
		if (incident.isBefore(policy.startDate())) {
			throw ApiException.invalidField("incidentDate", "before_policy_start");
		}
		if (incident.isBefore(policy.firstCoveredDate())) {
			throw ApiException.invalidField("incidentDate", "in_waiting_period");
		}
		if (!incident.isBefore(policy.endDate())) {
			throw ApiException.invalidField("incidentDate", "after_policy_end");
		}
	}

	private static void checkDistinct(String field, List<UUID> ids) {
		if (new HashSet<>(ids).size() != ids.size()) {
			throw ApiException.invalidField(field, "duplicate");
		}
	}

	private List<FraudFlag> flags(AuthenticatedAccount claimant, CoveredPolicy policy, NewClaim request,
			boolean costAnomaly, Instant now) {
		List<FraudFlag> flags = new ArrayList<>();
		if (costAnomaly) {
			flags.add(FraudFlag.COST_ABOVE_REVIEW_THRESHOLD);
		}
		flags.addAll(fraudRules.evaluate(new FraudRules.Candidate(claimant.accountId(), policy.petId(),
				request.claimType(), request.incidentDate(), request.totalClaimAmount(), policy.startDate()), now));
		return flags;
	}

	private StoredClaim store(AuthenticatedAccount claimant, CoveredPolicy policy, NewClaim request, String diagnosis,
			List<CostLine> lines, List<FraudFlag> flags, Instant now) {
		UUID id = UUID.randomUUID();
		StoredClaim claim = new StoredClaim(id, claimant.accountId(), policy.id(), policy.petId(), request.claimType(),
				request.incidentDate(), cipher.encryptDiagnosis(diagnosis, id), cipher.encryptBreakdown(lines, id),
				request.totalClaimAmount(), !flags.isEmpty(), flags, ClaimStatus.SUBMITTED, null, null, null, null,
				null, now, now, null, null, null, 0);
		claims.insert(claim, request.healthNoteIds(), request.documentIds());
		return claim;
	}

	private void auditSubmitted(AuthenticatedAccount claimant, StoredClaim claim, int healthNotes, int documents) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("policyId", claim.policyId().toString());
		details.put("petId", claim.petId().toString());
		details.put("claimType", claim.type().name());
		details.put("totalClaimAmount", Long.toString(claim.totalClaimAmount()));
		details.put("reviewRequired", Boolean.toString(claim.reviewRequired()));
		details.put("healthNotes", Integer.toString(healthNotes));
		details.put("documents", Integer.toString(documents));
		audit.record(AuditEntry.of("CLAIM_SUBMITTED", AuditOutcome.SUCCESS)
			.actor(claimant.accountId(), claimant.role().name())
			.resource(ClaimRepository.TABLE, claim.id())
			.details(details));
	}

	/**
	 * Raises {@code COST_ANOMALY} for a total above its type's review threshold and
	 * {@code CLAIM_FLAGGED} for the fraud rules, after the claim committed.
	 */
	private void raiseEvents(AuthenticatedAccount claimant, StoredClaim claim) {
		List<FraudFlag> rules = claim.fraudFlags()
			.stream()
			.filter((flag) -> flag != FraudFlag.COST_ABOVE_REVIEW_THRESHOLD)
			.toList();
		if (claim.fraudFlags().contains(FraudFlag.COST_ABOVE_REVIEW_THRESHOLD)) {
			publish(COST_ANOMALY_EVENT, claimant,
					Map.of("claimId", claim.id().toString(), "claimType", claim.type().name(), "totalClaimAmount",
							Long.toString(claim.totalClaimAmount()), "reviewThreshold",
							Long.toString(costRules.reviewThreshold(claim.type()))));
		}
		if (!rules.isEmpty()) {
			publish(FLAGGED_EVENT, claimant, Map.of("claimId", claim.id().toString(), "rules",
					rules.stream().map(Enum::name).collect(Collectors.joining(","))));
		}
	}

	private void publish(String type, AuthenticatedAccount claimant, Map<String, String> details) {
		log.atWarn()
			.addKeyValue(LogKeys.CLAIM_ID, details.get("claimId"))
			.addKeyValue(LogKeys.REASON, type)
			.log("Claim flagged for manual review");
		events.publishEvent(new SecurityEvent(type, SecurityEvent.Severity.WARNING, claimant.accountId(),
				RequestMetadata.current().clientAddress(), clock.instant(), details));
	}

}
