package com.pettoyou.payments.payout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.insurance.ClaimPayouts;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.gateway.GatewayUnavailableException;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.gateway.PayoutRequest;

/**
 * Sends a payout through the gateway, in a transaction of its own that keeps the payout's
 * row locked during the call. Parallel attempts on one payout therefore run one after
 * another. Each one first checks that the payout has not succeeded, so the platform never
 * calls the gateway for a payout whose success it recorded.
 * <p>
 * The gateway idempotency key is derived from the payout id and its key sequence. The
 * sequence grows only after the gateway declined or could not be reached, when no money
 * moved. After a timeout the next attempt repeats the call under the same key, so a
 * gateway that paid the first time returns that result instead of paying again. A success
 * marks the claim as paid in the same transaction.
 */
@Component
class PayoutExecutor {

	static final String TIMEOUT_CODE = "gateway_timeout";

	static final String UNAVAILABLE_CODE = "gateway_unavailable";

	private static final Logger log = LoggerFactory.getLogger(PayoutExecutor.class);

	private final PayoutRepository payouts;

	private final PayoutAccountStore accounts;

	private final PaymentGateway gateway;

	private final ClaimPayouts claims;

	private final AuditLog audit;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	PayoutExecutor(PayoutRepository payouts, PayoutAccountStore accounts, PaymentGateway gateway, ClaimPayouts claims,
			AuditLog audit, PlatformTransactionManager transactionManager, Clock clock) {
		this.payouts = payouts;
		this.accounts = accounts;
		this.gateway = gateway;
		this.claims = claims;
		this.audit = audit;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Sends a payout that has not succeeded yet.
	 * @param operator the finance operator who retries it
	 * @return the payout afterwards
	 * @throws ApiException 404 for an unknown payout; 409 when it already succeeded or
	 * the recipient still has no payout account
	 */
	Payout retry(UUID payoutId, AuthenticatedAccount operator) {
		return newTransaction.execute((status) -> send(payoutId, operator));
	}

	/**
	 * Sends the payout of a claim whose approval just committed, unless it waits for a
	 * payout account.
	 */
	void sendApproved(UUID claimId) {
		newTransaction.executeWithoutResult((status) -> payouts.findByClaim(claimId)
			.filter((payout) -> payout.status() == PayoutStatus.PENDING)
			.ifPresent((payout) -> send(payout.id(), null)));
	}

	private Payout send(UUID payoutId, AuthenticatedAccount operator) {
		Payout payout = payouts.lock(payoutId).orElseThrow(ApiException::notFound);
		if (payout.status() == PayoutStatus.SUCCEEDED) {
			throw ApiException.conflict("The payout has already succeeded.");
		}
		Optional<PayoutAccount> account = accounts.find(payout.recipientId());
		if (account.isEmpty()) {
			if (operator != null) {
				throw ApiException.conflict("The recipient has no payout account yet; retry once they set one.");
			}
			log.atInfo().addKeyValue(LogKeys.PAYOUT_ID, payoutId).log("Payout waits for a payout account");
			return payout;
		}
		Attempt attempt = call(payout, account.get());
		Instant now = clock.instant();
		payouts.recordAttempt(payoutId, attempt.status(), attempt.nextKey(), account.get().bankCode(),
				PayoutAccountNumbers.last4(account.get().accountNumber()), attempt.reference(), attempt.failureCode(),
				now);
		if (attempt.status() == PayoutStatus.SUCCEEDED) {
			claims.markPaid(payout.claimId(), payoutId, now);
		}
		auditAttempt(payout, attempt, operator);
		return payouts.find(payoutId).orElseThrow();
	}

	private Attempt call(Payout payout, PayoutAccount account) {
		PayoutRequest request = new PayoutRequest(payout.id(), payout.amount(), account.bankCode(),
				account.accountNumber(), account.holderName(), gatewayKey(payout));
		GatewayResult result;
		try {
			result = gateway.payout(request);
		}
		catch (GatewayUnavailableException ex) {
			log.atWarn()
				.setCause(ex)
				.addKeyValue(LogKeys.PAYOUT_ID, payout.id())
				.log("Payout failed because the gateway is unavailable");
			return new Attempt(PayoutStatus.FAILED, true, null, UNAVAILABLE_CODE);
		}
		return switch (result.outcome()) {
			case APPROVED -> new Attempt(PayoutStatus.SUCCEEDED, false, result.reference(), null);
			case DECLINED -> new Attempt(PayoutStatus.FAILED, true, null, result.declineCode());
			case TIMED_OUT -> new Attempt(PayoutStatus.PENDING, false, null, TIMEOUT_CODE);
		};
	}

	private void auditAttempt(Payout payout, Attempt attempt, AuthenticatedAccount operator) {
		String action = switch (attempt.status()) {
			case SUCCEEDED -> "PAYOUT_SUCCEEDED";
			case PENDING -> "PAYOUT_PENDING";
			default -> "PAYOUT_FAILED";
		};
		Map<String, String> details = new LinkedHashMap<>();
		details.put("claimId", payout.claimId().toString());
		details.put("amount", Long.toString(payout.amount()));
		details.put("attempt", Integer.toString(payout.attempts() + 1));
		details.put("source", (operator != null) ? "retry" : "approval");
		if (attempt.failureCode() != null) {
			details.put("failureCode", attempt.failureCode());
		}
		AuditEntry entry = AuditEntry
			.of(action, (attempt.status() == PayoutStatus.FAILED) ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
			.resource(PayoutRepository.TABLE, payout.id())
			.details(details);
		audit.record((operator != null) ? entry.actor(operator.accountId(), operator.role().name()) : entry);
		log.atInfo()
			.addKeyValue(LogKeys.PAYOUT_ID, payout.id())
			.addKeyValue(LogKeys.CLAIM_ID, payout.claimId())
			.addKeyValue(LogKeys.OUTCOME, attempt.status())
			.log("Payout sent");
	}

	/**
	 * Returns the gateway idempotency key of the payout's next call: the same for every
	 * repeat under one key sequence, and revealing neither the payout nor the recipient.
	 */
	static String gatewayKey(Payout payout) {
		String text = "PAYOUT\n" + payout.id() + "\n" + payout.keySequence();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

	/** The outcome of one gateway call and what it means for the next one. */
	private record Attempt(PayoutStatus status, boolean nextKey, String reference, String failureCode) {
	}

}
