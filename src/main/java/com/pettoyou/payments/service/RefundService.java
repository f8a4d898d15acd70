package com.pettoyou.payments.service;

import java.time.Clock;
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
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.gateway.RefundRequest;
import com.pettoyou.payments.idempotency.IdempotencyKeys;
import com.pettoyou.payments.idempotency.IdempotentOperation;
import com.pettoyou.payments.idempotency.IdempotentRequest;
import com.pettoyou.payments.idempotency.StoredResponse;

/**
 * Refunds by finance operators. Each refund locks its payment's row, so parallel refunds
 * of one payment run one after another and together never exceed what was paid.
 */
@Service
public class RefundService {

	private static final Logger log = LoggerFactory.getLogger(RefundService.class);

	private final IdempotencyKeys keys;

	private final PaymentRepository payments;

	private final RefundRepository refunds;

	private final PaymentGateway gateway;

	private final PaymentSettlements settlements;

	private final HighValueAlerts alerts;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	RefundService(IdempotencyKeys keys, PaymentRepository payments, RefundRepository refunds, PaymentGateway gateway,
			PaymentSettlements settlements, HighValueAlerts alerts, AuditLog audit, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.payments = payments;
		this.refunds = refunds;
		this.gateway = gateway;
		this.settlements = settlements;
		this.alerts = alerts;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Refunds part or all of a succeeded payment, or returns the receipt of the earlier
	 * request with the same key and body. A refund whose gateway outcome is not known yet
	 * stays pending and counts against the refundable amount until a webhook event
	 * settles it.
	 * @param amount whole won, at most the amount less earlier succeeded and pending
	 * refunds
	 * @param reason the operator's reason, stored with the refund but never audited
	 * @throws ApiException 404 for an unknown payment, 409 for a payment that has not
	 * succeeded or is fully refunded, 409 {@code refund_exceeds_payment} above the
	 * refundable amount, 422 for a key used with another body, 503 when the gateway
	 * cannot be reached
	 */
	@Transactional
	@PreAuthorize("hasAuthority('manage:payments')")
	public RefundReceipt refund(AuthenticatedAccount operator, String idempotencyKey, UUID paymentId, long amount,
			String reason) {
		IdempotentRequest request = IdempotentRequest.of(operator.accountId(), idempotencyKey,
				IdempotentOperation.REFUND_PAYMENT, Map.of("paymentId", paymentId, "amount", amount, "reason", reason));
		Optional<StoredResponse> earlier = keys.claim(request, clock.instant());
		if (earlier.isPresent()) {
			return json.readValue(earlier.get().body(), RefundReceipt.class);
		}

		Payment payment = payments.lock(paymentId).orElseThrow(ApiException::notFound);
		checkRefundable(payment, amount);
		Refund refund = refunds.insertPending(paymentId, amount, reason, operator.accountId(), clock.instant());
		GatewayResult result = GatewayCalls.call(
				() -> gateway
					.refund(new RefundRequest(refund.id(), payment.gatewayReference(), amount, request.gatewayKey())),
				paymentId);
		RefundStatus status = settlements.settleRefund(refund, result, false);

		auditRefund(operator, refund, status);
		alerts.refundCreated(operator.accountId(), paymentId, refund.id(), amount, status);
		RefundReceipt receipt = new RefundReceipt(refund.id(), paymentId, amount, status);
		keys.complete(request, HttpStatus.OK, json.writeValueAsString(receipt), refund.id(), clock.instant());
		log.atInfo()
			.addKeyValue(LogKeys.PAYMENT_ID, paymentId)
			.addKeyValue(LogKeys.REFUND_ID, refund.id())
			.addKeyValue(LogKeys.OUTCOME, status)
			.log("Refund created");
		return receipt;
	}

	private static void checkRefundable(Payment payment, long amount) {
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			throw ApiException.conflict("Only a payment that succeeded and is not fully refunded can be refunded.");
		}
		if (amount > payment.refundableAmount()) {
			throw new ApiException(HttpStatus.CONFLICT, ErrorCodes.REFUND_EXCEEDS_PAYMENT,
					"The refund exceeds what remains refundable of the payment.");
		}
	}

	private void auditRefund(AuthenticatedAccount operator, Refund refund, RefundStatus status) {
		String action = switch (status) {
			case SUCCEEDED -> "PAYMENT_REFUNDED";
			case PENDING -> "PAYMENT_REFUND_PENDING";
			case DECLINED -> "PAYMENT_REFUND_DECLINED";
		};
		audit.record(
				AuditEntry.of(action, (status == RefundStatus.DECLINED) ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
					.actor(operator.accountId(), operator.role().name())
					.resource("payment", refund.paymentId())
					.details(Map.of("refundId", refund.id().toString(), "amount", Long.toString(refund.amount()))));
	}

}
