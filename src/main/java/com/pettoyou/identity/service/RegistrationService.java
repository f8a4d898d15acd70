package com.pettoyou.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.LinkProperties;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountRepository.NewAccount;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.account.EmailAddresses;
import com.pettoyou.identity.account.OneTimeTokens;
import com.pettoyou.identity.account.OneTimeTokens.TokenPurpose;
import com.pettoyou.identity.password.PasswordHasher;

/**
 * Registers pet owners and verifies their email addresses. A registration for an address
 * that already has an account does the same work and gets the same response; only the
 * mailbox learns the difference.
 */
@Service
public class RegistrationService {

	private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

	private final AccountRepository accounts;

	private final OneTimeTokens tokens;

	private final PasswordChecks passwordChecks;

	private final PasswordHasher hasher;

	private final AccountMails mails;

	private final AuditLog audit;

	private final LinkProperties links;

	private final Clock clock;

	private final IdentityEvents events;

	RegistrationService(AccountRepository accounts, OneTimeTokens tokens, PasswordChecks passwordChecks,
			PasswordHasher hasher, AccountMails mails, AuditLog audit, LinkProperties links, Clock clock,
			IdentityEvents events) {
		this.events = events;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordChecks = passwordChecks;
		this.hasher = hasher;
		this.mails = mails;
		this.audit = audit;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Registers a pet owner, or emails the owner of an existing account with this
	 * address.
	 * @throws ApiException 400 when the password breaks a rule
	 */
	@Transactional
	public void register(String email, String password, String name, String phone) {
		String canonicalEmail = EmailAddresses.canonical(email);
		passwordChecks.requireAcceptable("password", password, canonicalEmail);
		String hash = hasher.hash(password);
		Instant now = clock.instant();
		Optional<Account> existing = accounts.findByCanonicalEmail(canonicalEmail);
		if (existing.isPresent()) {
			notifyExisting(existing.get(), canonicalEmail);
			return;
		}
		Account account;
		try {
			account = accounts.insert(new NewAccount(canonicalEmail, phone, name, hash, Role.PET_OWNER,
					AccountStatus.PENDING_VERIFICATION, null, false), now);
		}
		catch (DuplicateKeyException ex) {
			accounts.findByCanonicalEmail(canonicalEmail).ifPresent((raced) -> notifyExisting(raced, canonicalEmail));
			return;
		}
		String token = tokens.issue(account.id(), TokenPurpose.EMAIL_VERIFICATION, now,
				links.verificationTokenLifetime());
		audit.record(AuditEntry.of("ACCOUNT_REGISTERED", AuditOutcome.SUCCESS)
			.actor(account.id(), Role.PET_OWNER.name())
			.resource("account", account.id()));
		log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, account.id()).log("Account registered");
		events.publishAfterCommit(IdentityEvents.ACCOUNT_REGISTERED, Severity.INFO, account.id(), Map.of());
		mails.verifyEmail(canonicalEmail, token);
	}

	/**
	 * Verifies an email address with its single-use token and activates the account.
	 * @throws ApiException 400 {@code invalid_token} when the token is unknown, used or
	 * expired
	 */
	@Transactional
	public void verifyEmail(String token) {
		UUID accountId = tokens.consume(token, TokenPurpose.EMAIL_VERIFICATION, clock.instant())
			.orElseThrow(RegistrationService::invalidToken);
		accounts.markEmailVerified(accountId, clock.instant());
		audit.record(AuditEntry.of("EMAIL_VERIFIED", AuditOutcome.SUCCESS)
			.actor(accountId, null)
			.resource("account", accountId));
		log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, accountId).log("Email verified");
	}

	static ApiException invalidToken() {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_token", "The token is invalid, used or expired.");
	}

	private void notifyExisting(Account account, String canonicalEmail) {
		audit.record(AuditEntry.of("REGISTRATION_FOR_EXISTING_EMAIL", AuditOutcome.FAILURE)
			.resource("account", account.id()));
		mails.alreadyRegistered(canonicalEmail);
	}

}
