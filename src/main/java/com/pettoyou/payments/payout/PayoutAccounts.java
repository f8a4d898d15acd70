package com.pettoyou.payments.payout;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Owners' bank accounts for the payouts of their claims, stored encrypted by
 * {@link PayoutAccountStore}. The account number is never logged, audited or returned
 * except masked. Only accounts that may submit claims have one.
 */
@Service
@PreAuthorize("hasAuthority('submit:claims')")
public class PayoutAccounts {

	private static final Logger log = LoggerFactory.getLogger(PayoutAccounts.class);

	private final PayoutAccountStore store;

	private final AuditLog audit;

	private final Clock clock;

	PayoutAccounts(PayoutAccountStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets the caller's payout account, replacing an earlier one, and audits it as
	 * {@code PAYOUT_ACCOUNT_SET} with the bank code only. Payouts waiting for an account
	 * are sent when a finance operator retries them.
	 * @param accountNumber digits, optionally grouped by hyphens, 10 to 16 digits in all
	 * @throws ApiException 400 naming {@code accountNumber} for another form or length
	 */
	@Transactional
	public void set(AuthenticatedAccount owner, String bankCode, String accountNumber, String holderName) {
		String digits = PayoutAccountNumbers.digitsOf(accountNumber);
		boolean replaced = store.save(owner.accountId(), bankCode, digits, holderName, clock.instant());
		audit.record(AuditEntry.of("PAYOUT_ACCOUNT_SET", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource(PayoutAccountRepository.TABLE, owner.accountId())
			.details(Map.of("bankCode", bankCode, "replaced", Boolean.toString(replaced))));
		log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, owner.accountId()).log("Payout account set");
	}

	/**
	 * Returns the caller's payout account, for display in masked form.
	 * @throws ApiException 404 when the caller has none
	 */
	@Transactional(readOnly = true)
	public PayoutAccount get(AuthenticatedAccount owner) {
		return store.find(owner.accountId()).orElseThrow(ApiException::notFound);
	}

}
