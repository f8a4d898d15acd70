package com.pettoyou.payments.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.payments.payout.PayoutAccount;
import com.pettoyou.payments.payout.PayoutAccounts;

/**
 * The bank account that an owner's claim payouts go to. The account number is returned
 * only masked.
 */
@RestController
@RequestMapping("/api/v1/me/payout-account")
class PayoutAccountController {

	private final PayoutAccounts accounts;

	PayoutAccountController(PayoutAccounts accounts) {
		this.accounts = accounts;
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void set(@AuthenticationPrincipal AuthenticatedAccount owner, @Valid @RequestBody SetPayoutAccount request) {
		accounts.set(owner, request.bankCode(), request.accountNumber(), request.holderName().strip());
	}

	@GetMapping
	PayoutAccountResponse get(@AuthenticationPrincipal AuthenticatedAccount owner) {
		return PayoutAccountResponse.of(accounts.get(owner));
	}

	/**
	 * A payout account: a three-digit bank code, an account number of digits optionally
	 * grouped by hyphens (10 to 16 digits), and the holder's name without control
	 * characters or angle brackets.
	 */
	record SetPayoutAccount(@NotNull @Pattern(regexp = "[0-9]{3}") String bankCode,
			@NotNull @Size(max = 40) String accountNumber,
			@NotBlank @Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}<>]*") String holderName) {

		@Override
		public String toString() {
			return "SetPayoutAccount[bankCode=" + bankCode + "]";
		}

	}

	/**
	 * A payout account as shown to its owner.
	 *
	 * @param accountNumber the masked number, such as {@code ***-****-1234}
	 */
	record PayoutAccountResponse(String bankCode, String accountNumber, String holderName, Instant updatedAt) {

		static PayoutAccountResponse of(PayoutAccount account) {
			return new PayoutAccountResponse(account.bankCode(), account.maskedAccountNumber(), account.holderName(),
					account.updatedAt());
		}

	}

}
