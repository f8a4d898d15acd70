package com.pettoyou.payments.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.Permission;
import com.pettoyou.insurance.InsurancePolicies;
import com.pettoyou.insurance.PremiumPolicy;
import com.pettoyou.payments.gateway.ChargeRequest;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.idempotency.IdempotencyKeys;
import com.pettoyou.payments.idempotency.IdempotentOperation;
import com.pettoyou.payments.idempotency.IdempotentRequest;
import com.pettoyou.payments.idempotency.StoredResponse;

/**
 * Premium payments. Owners pay for their own policies under an {@code Idempotency-Key};
 * payers read their own payments and finance operators read all of them.
 */
@Service
public class PaymentService {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private final IdempotencyKeys keys;

	private final InsurancePolicies policies;

	private final PaymentRepository payments;

	private final PaymentGateway gateway;

	private final PaymentSettlements settlements;

	private final PaymentRateLimit rateLimit;

	private final HighValueAlerts alerts;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	PaymentService(IdempotencyKeys keys, InsurancePolicies policies, PaymentRepository payments, PaymentGateway gateway,
			PaymentSettlements settlements, PaymentRateLimit rateLimit, HighValueAlerts alerts, AuditLog audit,
			JsonMapper json, Clock clock) {
		this.keys = keys;
		this.policies = policies;
		this.payments = payments;
		this.gateway = gateway;
		this.settlements = settlements;
		this.rateLimit = rateLimit;
		this.alerts = alerts;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Pays a premium of the caller's policy, or returns the receipt of the earlier
	 * request with the same key and body. A concurrent request with the same key waits
	 * until this transaction ends and then returns its stored receipt without calling the
	 * gateway. A request that fails rolls back, and its retry calls the gateway again
	 * with the same gateway idempotency key. A payment that succeeds activates a pending
	 * policy.
	 * @param amount whole won, from 1 to 10,000,000 and at least the monthly premium
	 * @throws ApiException 404 for an unknown policy, 403 for another account's policy,
	 * 400 below the monthly premium, 422 for a key used with another body, 429 past the
	 * per-account limit, 503 when the gateway cannot be reached
	 */
	@Transactional
	@PreAuthorize("hasAuthority('create:own:payments')")
	public PaymentReceipt create(AuthenticatedAccount payer, String idempotencyKey, UUID policyId, long amount) {
		IdempotentRequest request = IdempotentRequest.of(payer.accountId(), idempotencyKey,
				IdempotentOperation.CREATE_PAYMENT, Map.of("policyId", policyId, "amount", amount));
		Optional<StoredResponse> earlier = keys.claim(request, clock.instant());
		if (earlier.isPresent()) {
			return json.readValue(earlier.get().body(), PaymentReceipt.class);
		}

		PremiumPolicy policy = payablePolicy(payer, policyId, amount);
		rateLimit.consume(payer.accountId());
		Payment payment = payments.insertPendingPremium(payer.accountId(), policy.id(), amount, clock.instant());
		// NOTE: the transaction, its pooled connection and the key's claim stay open
		// during
		// the gateway call, so a slow gateway makes repeats of this key wait as long.
		GatewayResult result = charge(payment, request);
		PaymentStatus status = settlements.settleCharge(payment, result);

		auditCreated(payer, payment, status);
		alerts.paymentCreated(payer.accountId(), payment.id(), amount, status);
		PaymentReceipt receipt = new PaymentReceipt(payment.id(), status);
		keys.complete(request, HttpStatus.CREATED, json.writeValueAsString(receipt), payment.id(), clock.instant());
		log.atInfo()
			.addKeyValue(LogKeys.PAYMENT_ID, payment.id())
			.addKeyValue(LogKeys.POLICY_ID, policy.id())
			.addKeyValue(LogKeys.OUTCOME, status)
			.log("Payment created");
		return receipt;
	}

	/**
	 * Returns one page of payments, newest first: every payment for a finance operator,
	 * the caller's own otherwise.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('create:own:payments', 'manage:payments')")
	public PageResponse<Payment> list(AuthenticatedAccount caller, int page, int size) {
		long offset = (long) page * size;
		if (isFinanceOperator(caller)) {
			return new PageResponse<>(payments.findAll(offset, size), page, size, payments.countAll());
		}
		List<Payment> items = payments.findByPayer(caller.accountId(), offset, size);
		return new PageResponse<>(items, page, size, payments.countByPayer(caller.accountId()));
	}

	/**
	 * Returns a payment to its payer or to a finance operator.
	 * @throws ApiException 404 for an unknown payment, 403 for another account's payment
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('create:own:payments', 'manage:payments')")
	public Payment get(AuthenticatedAccount caller, UUID paymentId) {
		Payment payment = payments.find(paymentId).orElseThrow(ApiException::notFound);
		if (!isFinanceOperator(caller) && !payment.payerId().equals(caller.accountId())) {
			throw ApiException.forbidden();
		}
		return payment;
	}

	private PremiumPolicy payablePolicy(AuthenticatedAccount payer, UUID policyId, long amount) {
		PremiumPolicy policy = policies.findPremiumPolicy(policyId).orElseThrow(ApiException::notFound);
		if (!policy.holderId().equals(payer.accountId())) {
			throw ApiException.forbidden();
		}
		if (amount < policy.monthlyPremium()) {
			throw ApiException.invalidField("amount", "below_monthly_premium");
		}
		return policy;
	}

	private GatewayResult charge(Payment payment, IdempotentRequest request) {
		return GatewayCalls.call(
				() -> gateway.charge(new ChargeRequest(payment.id(), payment.amount(), request.gatewayKey())),
				payment.id());
	}

	private void auditCreated(AuthenticatedAccount payer, Payment payment, PaymentStatus status) {
		boolean declined = status == PaymentStatus.DECLINED;
		audit.record(AuditEntry
			.of(declined ? "PAYMENT_DECLINED" : "PAYMENT_CREATED",
					declined ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
			.actor(payer.accountId(), payer.role().name())
			.resource("payment", payment.id())
			.details(Map.of("policyId", payment.policyId().toString(), "amount", Long.toString(payment.amount()),
					"status", status.name())));
	}

	static boolean isFinanceOperator(AuthenticatedAccount caller) {
		return !caller.restricted() && caller.role().permissions().contains(Permission.MANAGE_PAYMENTS);
	}

}
