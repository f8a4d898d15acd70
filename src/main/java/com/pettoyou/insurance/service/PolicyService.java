package com.pettoyou.insurance.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.pets.PetOwnership;

/**
 * Owners enrol their own pets in insurance products and list their policies. A new policy
 * is pending until the payments module reports its first premium as paid.
 */
@Service
@PreAuthorize("hasAuthority('manage:own:pets')")
public class PolicyService {

	private static final Logger log = LoggerFactory.getLogger(PolicyService.class);

	private final PolicyRepository policies;

	private final ProductRepository products;

	private final PetOwnership pets;

	private final AuditLog audit;

	private final Clock clock;

	PolicyService(PolicyRepository policies, ProductRepository products, PetOwnership pets, AuditLog audit,
			Clock clock) {
		this.policies = policies;
		this.products = products;
		this.pets = pets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Enrols one of the caller's pets in a product with a pending policy.
	 * @throws ApiException 404 for an unknown or deleted pet or an unknown product, 403
	 * for another owner's pet, 409 when the pet already has a live policy for the product
	 */
	@Transactional
	public Policy enroll(AuthenticatedAccount owner, UUID petId, UUID productId) {
		UUID ownerId = pets.ownerOf(petId).orElseThrow(ApiException::notFound);
		if (!ownerId.equals(owner.accountId())) {
			throw ApiException.forbidden();
		}
		products.find(productId).orElseThrow(ApiException::notFound);
		Policy policy;
		try {
			policy = policies.insertPending(owner.accountId(), petId, productId, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("The pet already has a pending or active policy for this product.");
		}
		audit.record(AuditEntry.of("POLICY_CREATED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("insurance_policy", policy.id())
			.details(Map.of("petId", petId.toString(), "productId", productId.toString())));
		log.atInfo()
			.addKeyValue(LogKeys.POLICY_ID, policy.id())
			.addKeyValue(LogKeys.PET_ID, petId)
			.addKeyValue(LogKeys.ACCOUNT_ID, owner.accountId())
			.log("Insurance policy created");
		return policy;
	}

	/** Returns one page of the caller's policies, oldest first. */
	@Transactional(readOnly = true)
	public PageResponse<Policy> list(AuthenticatedAccount owner, int page, int size) {
		long offset = (long) page * size;
		List<Policy> items = policies.findByHolder(owner.accountId(), offset, size);
		return new PageResponse<>(items, page, size, policies.countByHolder(owner.accountId()));
	}

}
