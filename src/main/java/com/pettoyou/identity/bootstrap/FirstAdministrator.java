package com.pettoyou.identity.bootstrap;

import java.time.Clock;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountRepository.NewAccount;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.account.EmailAddresses;
import com.pettoyou.identity.password.PasswordHasher;
import com.pettoyou.identity.password.PasswordPolicy;
import com.pettoyou.identity.password.PasswordViolation;

/** Creates a platform administrator outside any request, for bootstrapping. */
@Service
class FirstAdministrator {

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordHasher hasher;

	private final AuditLog audit;

	private final Clock clock;

	FirstAdministrator(AccountRepository accounts, PasswordPolicy policy, PasswordHasher hasher, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.hasher = hasher;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an active, verified administrator.
	 * @param oneTime whether the password must be changed at the first login
	 * @throws CreationFailedException when the password breaks a rule or the email is
	 * taken
	 */
	@Transactional
	Account create(String email, String name, String password, boolean oneTime) {
		String canonicalEmail = EmailAddresses.canonical(email);
		var violations = policy.check(password, canonicalEmail);
		if (!violations.isEmpty()) {
			throw new CreationFailedException("the password breaks the rules: "
					+ String.join(", ", violations.stream().map(PasswordViolation::code).toList()));
		}
		Account account;
		try {
			account = accounts.insert(new NewAccount(canonicalEmail, null, name, hasher.hash(password),
					Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null, oneTime), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new CreationFailedException("an account with this email already exists");
		}
		accounts.markEmailVerified(account.id(), clock.instant());
		audit.record(AuditEntry.of("ADMINISTRATOR_BOOTSTRAPPED", AuditOutcome.SUCCESS)
			.resource("account", account.id())
			.details(Map.of("oneTimePassword", Boolean.toString(oneTime))));
		return account;
	}

	/** Creating the administrator failed for a reason the operator can fix. */
	static class CreationFailedException extends RuntimeException {

		CreationFailedException(String message) {
			super(message);
		}

	}

}
