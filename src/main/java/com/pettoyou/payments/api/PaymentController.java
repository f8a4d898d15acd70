package com.pettoyou.payments.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.payments.idempotency.IdempotentRequest;
import com.pettoyou.payments.service.Payment;
import com.pettoyou.payments.service.PaymentLimitExceededException;
import com.pettoyou.payments.service.PaymentReceipt;
import com.pettoyou.payments.service.PaymentService;
import com.pettoyou.payments.service.PaymentStatus;
import com.pettoyou.payments.service.RefundReceipt;
import com.pettoyou.payments.service.RefundService;

/** Premium payments and their refunds. Amounts are whole won. */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Text without control characters, so line breaks and tabs are rejected too. */
	static final String TEXT_PATTERN = "[^\\p{Cntrl}]*";

	private static final java.util.regex.Pattern KEY_FORMAT = java.util.regex.Pattern
		.compile(IdempotentRequest.KEY_PATTERN);

	private final PaymentService payments;

	private final RefundService refunds;

	PaymentController(PaymentService payments, RefundService refunds) {
		this.payments = payments;
		this.refunds = refunds;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PaymentReceipt create(@AuthenticationPrincipal AuthenticatedAccount payer,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@Valid @RequestBody CreatePayment request, HttpServletResponse response) {
		String key = checkedKey(idempotencyKey);
		try {
			return payments.create(payer, key, request.policyId(), request.amount());
		}
		catch (PaymentLimitExceededException ex) {
			// The exception handler keeps headers already set on the response.
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			throw ex;
		}
	}

	@GetMapping
	PageResponse<PaymentResponse> list(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Payment> result = payments.list(caller, page, size);
		return new PageResponse<>(result.items().stream().map(PaymentResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@GetMapping("/{paymentId}")
	PaymentResponse get(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID paymentId) {
		return PaymentResponse.of(payments.get(caller, paymentId));
	}

	@PostMapping(path = "/{paymentId}/refund", consumes = MediaType.APPLICATION_JSON_VALUE)
	RefundReceipt refund(@AuthenticationPrincipal AuthenticatedAccount operator, @PathVariable UUID paymentId,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@Valid @RequestBody CreateRefund request) {
		String key = checkedKey(idempotencyKey);
		return refunds.refund(operator, key, paymentId, request.amount(), request.reason().strip());
	}

	/**
	 * Returns the key after checking its form.
	 * @throws ApiException 400 naming the header when it is missing or malformed
	 */
	private static String checkedKey(String idempotencyKey) {
		if (idempotencyKey == null) {
			throw ApiException.invalidField(IDEMPOTENCY_KEY, "missing");
		}
		if (!KEY_FORMAT.matcher(idempotencyKey).matches()) {
			throw ApiException.invalidField(IDEMPOTENCY_KEY, "pattern");
		}
		return idempotencyKey;
	}

	/** A premium payment; the amount is whole won, as a JSON integer. */
	record CreatePayment(@NotNull UUID policyId, @NotNull @Min(1) @Max(10_000_000) Long amount) {
	}

	/** A refund; the amount is whole won, as a JSON integer. */
	record CreateRefund(@NotNull @Min(1) @Max(10_000_000) Long amount,
			@NotBlank @Size(max = 200) @Pattern(regexp = TEXT_PATTERN) String reason) {
	}

	/**
	 * A payment.
	 *
	 * @param refundedAmount the sum of succeeded refunds
	 * @param pendingRefundAmount the sum of refunds whose outcome is not known yet
	 */
	record PaymentResponse(UUID id, UUID payerId, UUID policyId, long amount, long refundedAmount,
			long pendingRefundAmount, PaymentStatus status, String declineCode, Instant createdAt, Instant settledAt) {

		static PaymentResponse of(Payment payment) {
			return new PaymentResponse(payment.id(), payment.payerId(), payment.policyId(), payment.amount(),
					payment.refundedAmount(), payment.pendingRefundAmount(), payment.status(), payment.declineCode(),
					payment.createdAt(), payment.settledAt());
		}

	}

}
