package com.pettoyou.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.EmailAddresses;
import com.pettoyou.identity.lockout.LoginLockout;
import com.pettoyou.identity.password.PasswordHasher;
import com.pettoyou.identity.session.SessionStore;
import com.pettoyou.identity.session.SessionStore.CreatedSession;
import com.pettoyou.identity.token.TokenIssuer;
import com.pettoyou.identity.token.TokenIssuer.IssuedToken;

/**
 * Logs accounts in. Unknown emails, wrong passwords, unverified and disabled accounts all
 * do the same Argon2id work and get the same response. A locked email is refused before
 * any password is checked.
 */
@Service
public class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final AccountRepository accounts;

	private final PasswordHasher hasher;

	private final LoginLockout lockout;

	private final SessionStore sessions;

	private final TokenIssuer tokens;

	private final AccountMails mails;

	private final AuditLog audit;

	private final IdentityEvents events;

	private final Clock clock;

	LoginService(AccountRepository accounts, PasswordHasher hasher, LoginLockout lockout, SessionStore sessions,
			TokenIssuer tokens, AccountMails mails, AuditLog audit, IdentityEvents events, Clock clock) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.lockout = lockout;
		this.sessions = sessions;
		this.tokens = tokens;
		this.mails = mails;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks the credentials and starts a session.
	 * @throws ApiException 401 {@code invalid_credentials} or {@code account_locked}
	 */
	@Transactional(noRollbackFor = ApiException.class)
	public LoginResult login(String email, String password, ClientType client) {
		String canonicalEmail = EmailAddresses.canonical(email);
		byte[] emailIndex = accounts.emailIndex(canonicalEmail);
		Optional<Account> account = accounts.findByCanonicalEmail(canonicalEmail);
		if (!lockout.tryBegin(emailIndex)) {
			recordFailure(account, "locked");
			throw locked();
		}
		if (!passwordMatches(account, password)) {
			lockout.recordFailure(emailIndex).ifPresent((until) -> onLocked(account, canonicalEmail, until));
			recordFailure(account, account.isPresent() ? "bad_credentials" : "unknown_email");
			throw invalidCredentials();
		}
		lockout.recordSuccess(emailIndex);
		return startSession(account.get(), password, client);
	}

	/**
	 * Ends the session that a client still carried when it logged in again, so a login
	 * always rotates the session instead of adding one beside a planted or stale id.
	 */
	public void endReplacedSession(String previousTokenId) {
		sessions.findByTokenId(previousTokenId).ifPresent((previous) -> {
			sessions.end(previous.ref(), previous.accountId());
			audit.record(AuditEntry.of("SESSION_ENDED", AuditOutcome.SUCCESS)
				.actor(previous.accountId(), previous.role().name())
				.resource("session", previous.ref())
				.details(Map.of("reason", "replaced_by_login")));
		});
	}

	/**
	 * Checks the current password of a signed-in account against the same lockout counter
	 * as login, for password change and other re-authentication.
	 * @throws ApiException 401 {@code account_locked}, or 400 when the password is wrong
	 */
	@Transactional(noRollbackFor = ApiException.class)
	public void reauthenticate(Account account, String password, String field) {
		String canonicalEmail = accounts.email(account);
		byte[] emailIndex = accounts.emailIndex(canonicalEmail);
		if (!lockout.tryBegin(emailIndex)) {
			recordFailure(Optional.of(account), "locked");
			throw locked();
		}
		if (password == null || !hasher.matches(password, account.passwordHash())) {
			lockout.recordFailure(emailIndex)
				.ifPresent((until) -> onLocked(Optional.of(account), canonicalEmail, until));
			audit.record(AuditEntry.of("REAUTHENTICATION_FAILED", AuditOutcome.FAILURE)
				.actor(account.id(), account.role().name())
				.resource("account", account.id()));
			throw ApiException.invalidField(field, ErrorCodes.INVALID_CREDENTIALS);
		}
		lockout.recordSuccess(emailIndex);
	}

	private boolean passwordMatches(Optional<Account> account, String password) {
		if (account.isEmpty() || account.get().passwordHash() == null) {
			hasher.matchDummy(password);
			return false;
		}
		boolean matches = hasher.matches(password, account.get().passwordHash());
		return matches && account.get().canLogIn();
	}

	private LoginResult startSession(Account account, String password, ClientType client) {
		Instant now = clock.instant();
		if (hasher.needsRehash(account.passwordHash())) {
			accounts.updatePassword(account.id(), hasher.hash(password), now);
		}
		CreatedSession created = sessions.create(account.id(), account.role(), client,
				RequestMetadata.current().userAgent(), account.passwordChangeRequired());
		IssuedToken token = tokens.issue(account.id(), account.role(), created.tokenId(), client);
		audit.record(AuditEntry.of("LOGIN_SUCCEEDED", AuditOutcome.SUCCESS)
			.actor(account.id(), account.role().name())
			.resource("session", created.session().ref())
			.details(Map.of("client", client.name())));
		log.atInfo()
			.addKeyValue(LogKeys.ACCOUNT_ID, account.id())
			.addKeyValue(LogKeys.SESSION_REF, created.session().ref())
			.log("Login succeeded");
		events.publishAfterCommit(IdentityEvents.LOGIN_SUCCEEDED, Severity.INFO, account.id(),
				Map.of("client", client.name()));
		return new LoginResult(token, created.session().ref(), created.tokenId(), client,
				account.passwordChangeRequired());
	}

	private void recordFailure(Optional<Account> account, String reason) {
		AuditEntry entry = AuditEntry.of("LOGIN_FAILED", AuditOutcome.FAILURE).details(Map.of("reason", reason));
		if (account.isPresent()) {
			entry = entry.resource("account", account.get().id());
		}
		audit.record(entry);
		log.atInfo().addKeyValue(LogKeys.REASON, reason).log("Login failed");
		events.publish(IdentityEvents.LOGIN_FAILED, Severity.INFO, account.map(Account::id).orElse(null),
				Map.of("reason", reason));
	}

	private void onLocked(Optional<Account> account, String canonicalEmail, Instant until) {
		AuditEntry entry = AuditEntry.of("ACCOUNT_LOCKED", AuditOutcome.SUCCESS)
			.details(Map.of("lockedUntil", until.toString()));
		audit.record(account.map((found) -> entry.resource("account", found.id())).orElse(entry));
		events.publish(IdentityEvents.LOGIN_LOCKOUT, Severity.WARNING, account.map(Account::id).orElse(null),
				Map.of("lockedUntil", until.toString()));
		account.ifPresent((found) -> mails.accountLocked(canonicalEmail, until));
	}

	static ApiException invalidCredentials() {
		return new ApiException(HttpStatus.UNAUTHORIZED, ErrorCodes.INVALID_CREDENTIALS,
				"The email or password is incorrect.");
	}

	static ApiException locked() {
		return new ApiException(HttpStatus.UNAUTHORIZED, ErrorCodes.ACCOUNT_LOCKED,
				"Logins for this email are locked for a while after too many failed attempts.");
	}

	/**
	 * A started session: the signed token, the public session id, and the token id that
	 * browser clients' CSRF tokens are bound to. {@code toString()} hides the secrets.
	 */
	public record LoginResult(IssuedToken token, String sessionRef, String tokenId, ClientType client,
			boolean passwordChangeRequired) {

		@Override
		public String toString() {
			return "LoginResult[sessionRef=" + sessionRef + ", client=" + client + "]";
		}

	}

}
