package com.pettoyou.payments.payout;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Payouts as finance operators see them: every payout with its masked account, and a
 * retry for those that have not succeeded.
 */
@Service
@PreAuthorize("hasAuthority('manage:payments')")
public class PayoutService {

	private final PayoutRepository payouts;

	private final PayoutExecutor executor;

	PayoutService(PayoutRepository payouts, PayoutExecutor executor) {
		this.payouts = payouts;
		this.executor = executor;
	}

	/** Returns one page of payouts, newest first. */
	@Transactional(readOnly = true)
	public PageResponse<Payout> list(int page, int size) {
		return new PageResponse<>(payouts.findPage((long) page * size, size), page, size, payouts.countAll());
	}

	/**
	 * Sends a payout again: a failed one under a new gateway idempotency key, a pending
	 * one under its last key, and one that waited for an account once the recipient has
	 * one. Each attempt is audited with the operator.
	 * @return the payout afterwards, which may have failed again
	 * @throws ApiException 404 for an unknown payout; 409 when it already succeeded or
	 * the recipient still has no payout account
	 */
	public Payout retry(AuthenticatedAccount operator, UUID payoutId) {
		return executor.retry(payoutId, operator);
	}

}
