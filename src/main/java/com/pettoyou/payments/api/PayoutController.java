package com.pettoyou.payments.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.payments.payout.Payout;
import com.pettoyou.payments.payout.PayoutService;
import com.pettoyou.payments.payout.PayoutStatus;

/** Payouts of approved claims, for finance operators. Amounts are whole won. */
@RestController
@RequestMapping("/api/v1/payouts")
class PayoutController {

	private final PayoutService payouts;

	PayoutController(PayoutService payouts) {
		this.payouts = payouts;
	}

	@GetMapping
	PageResponse<PayoutResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Payout> result = payouts.list(page, size);
		return new PageResponse<>(result.items().stream().map(PayoutResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@PostMapping("/{payoutId}/retry")
	PayoutResponse retry(@AuthenticationPrincipal AuthenticatedAccount operator, @PathVariable UUID payoutId) {
		return PayoutResponse.of(payouts.retry(operator, payoutId));
	}

	/**
	 * A payout.
	 *
	 * @param accountNumber the masked account of the latest attempt, such as
	 * {@code ***-****-1234}, or {@code null} before the first
	 * @param failureCode why the latest attempt did not succeed, or {@code null}
	 */
	record PayoutResponse(UUID id, UUID claimId, UUID recipientId, long amount, PayoutStatus status, int attempts,
			String bankCode, String accountNumber, String failureCode, Instant createdAt, Instant paidAt) {

		static PayoutResponse of(Payout payout) {
			return new PayoutResponse(payout.id(), payout.claimId(), payout.recipientId(), payout.amount(),
					payout.status(), payout.attempts(), payout.bankCode(), payout.maskedAccountNumber(),
					payout.failureCode(), payout.createdAt(), payout.paidAt());
		}

	}

}
