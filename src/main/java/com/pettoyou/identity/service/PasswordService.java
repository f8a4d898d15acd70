package com.pettoyou.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.LinkProperties;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.account.EmailAddresses;
import com.pettoyou.identity.account.OneTimeTokens;
import com.pettoyou.identity.account.OneTimeTokens.TokenPurpose;
import com.pettoyou.identity.lockout.LoginLockout;
import com.pettoyou.identity.password.PasswordHasher;
import com.pettoyou.identity.session.SessionStore;

/**
 * Changes and resets passwords. Either ends the account's other sessions and notifies the
 * owner by email; a reset also lifts a login lock.
 */
@Service
public class PasswordService {

	private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

	private final AccountRepository accounts;

	private final OneTimeTokens tokens;

	private final PasswordChecks passwordChecks;

	private final PasswordHasher hasher;

	private final LoginService logins;

	private final LoginLockout lockout;

	private final SessionStore sessions;

	private final AccountMails mails;

	private final AuditLog audit;

	private final LinkProperties links;

	private final Clock clock;

	private final IdentityEvents events;

	PasswordService(AccountRepository accounts, OneTimeTokens tokens, PasswordChecks passwordChecks,
			PasswordHasher hasher, LoginService logins, LoginLockout lockout, SessionStore sessions, AccountMails mails,
			AuditLog audit, LinkProperties links, Clock clock, IdentityEvents events) {
		this.events = events;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordChecks = passwordChecks;
		this.hasher = hasher;
		this.logins = logins;
		this.lockout = lockout;
		this.sessions = sessions;
		this.mails = mails;
		this.audit = audit;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Changes the signed-in account's password after checking the current one, and ends
	 * its other sessions.
	 */
	@Transactional(noRollbackFor = ApiException.class)
	public void change(AuthenticatedAccount caller, String currentPassword, String newPassword) {
		Account account = accounts.findById(caller.accountId()).orElseThrow(ApiException::notFound);
		logins.reauthenticate(account, currentPassword, "currentPassword");
		String email = accounts.email(account);
		passwordChecks.requireAcceptable("newPassword", newPassword, email);
		accounts.updatePassword(account.id(), hasher.hash(newPassword), clock.instant());
		String currentRef = SessionStore.refOf(caller.sessionId());
		sessions.endAll(account.id(), currentRef);
		sessions.liftRestriction(currentRef);
		audit.record(AuditEntry.of("PASSWORD_CHANGED", AuditOutcome.SUCCESS)
			.actor(account.id(), account.role().name())
			.resource("account", account.id()));
		log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, account.id()).log("Password changed");
		events.publishAfterCommit(IdentityEvents.PASSWORD_CHANGED, Severity.INFO, account.id(),
				Map.of("how", "change"));
		mails.passwordChanged(email);
	}

	/**
	 * Emails a reset link when an active account has this address, and otherwise a note
	 * that no account uses it, so both cases do the same work and the caller learns
	 * nothing. Works while logins are locked.
	 */
	@Transactional
	public void requestReset(String email) {
		String canonicalEmail = EmailAddresses.canonical(email);
		accounts.findByCanonicalEmail(canonicalEmail)
			.filter((account) -> account.status() != AccountStatus.DISABLED)
			.ifPresentOrElse((account) -> sendReset(account, canonicalEmail), () -> {
				audit.record(AuditEntry.of("PASSWORD_RESET_REQUESTED", AuditOutcome.FAILURE));
				mails.resetWithoutAccount(canonicalEmail);
			});
	}

	/**
	 * Sets a new password with a single-use reset token, verifies the email, ends every
	 * session and lifts any login lock.
	 * @throws ApiException 400 when the token is invalid or the password breaks a rule
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		Instant now = clock.instant();
		UUID accountId = tokens.peek(token, TokenPurpose.PASSWORD_RESET, now)
			.orElseThrow(RegistrationService::invalidToken);
		Account account = accounts.findById(accountId).orElseThrow(RegistrationService::invalidToken);
		String email = accounts.email(account);
		passwordChecks.requireAcceptable("newPassword", newPassword, email);
		tokens.consume(token, TokenPurpose.PASSWORD_RESET, now).orElseThrow(RegistrationService::invalidToken);
		accounts.updatePassword(accountId, hasher.hash(newPassword), now);
		accounts.markEmailVerified(accountId, now);
		sessions.endAll(accountId, null);
		lockout.clear(accounts.emailIndex(email));
		audit.record(AuditEntry.of("PASSWORD_RESET", AuditOutcome.SUCCESS)
			.actor(accountId, account.role().name())
			.resource("account", accountId));
		log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, accountId).log("Password reset");
		events.publishAfterCommit(IdentityEvents.PASSWORD_CHANGED, Severity.INFO, accountId, Map.of("how", "reset"));
		mails.passwordChanged(email);
	}

	private void sendReset(Account account, String canonicalEmail) {
		String token = tokens.issue(account.id(), TokenPurpose.PASSWORD_RESET, clock.instant(),
				links.resetTokenLifetime());
		audit.record(AuditEntry.of("PASSWORD_RESET_REQUESTED", AuditOutcome.SUCCESS).resource("account", account.id()));
		mails.resetPassword(canonicalEmail, token);
	}

}
