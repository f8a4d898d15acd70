package com.pettoyou.identity.service;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.session.Session;
import com.pettoyou.identity.session.SessionStore;

/** Lets a signed-in account see and end its own sessions. */
@Service
public class AccountSessions {

	private final SessionStore sessions;

	private final AccountRepository accounts;

	private final LoginService logins;

	private final AuditLog audit;

	AccountSessions(SessionStore sessions, AccountRepository accounts, LoginService logins, AuditLog audit) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.logins = logins;
		this.audit = audit;
	}

	public List<Session> list(AuthenticatedAccount caller) {
		return sessions.list(caller.accountId());
	}

	/** Ends the session that made this request. */
	@Transactional
	public void logout(AuthenticatedAccount caller) {
		String ref = SessionStore.refOf(caller.sessionId());
		sessions.end(ref, caller.accountId());
		record(caller, "LOGOUT", ref);
	}

	/** Ends every session of the caller's account, this one included. */
	@Transactional
	public void logoutAll(AuthenticatedAccount caller) {
		sessions.endAll(caller.accountId(), null);
		record(caller, "LOGOUT_ALL", null);
	}

	/**
	 * Ends one of the caller's sessions. Ending a session other than the current one
	 * needs the current password, so a stolen session cannot throw the owner out.
	 * @throws ApiException 404 when the caller has no such session, 403 without the
	 * password
	 */
	@Transactional(noRollbackFor = ApiException.class)
	public void end(AuthenticatedAccount caller, String ref, String currentPassword) {
		boolean own = sessions.list(caller.accountId()).stream().anyMatch((session) -> session.ref().equals(ref));
		if (!own) {
			throw ApiException.notFound();
		}
		if (!ref.equals(SessionStore.refOf(caller.sessionId()))) {
			if (currentPassword == null) {
				throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "reauthentication_required",
						"Ending another session needs your current password.");
			}
			Account account = accounts.findById(caller.accountId()).orElseThrow(ApiException::notFound);
			logins.reauthenticate(account, currentPassword, "currentPassword");
		}
		sessions.end(ref, caller.accountId());
		record(caller, "SESSION_ENDED", ref);
	}

	private void record(AuthenticatedAccount caller, String action, String ref) {
		AuditEntry entry = AuditEntry.of(action, AuditOutcome.SUCCESS).actor(caller.accountId(), caller.role().name());
		audit.record((ref != null) ? entry.resource("session", ref).details(Map.of("reason", "owner_request"))
				: entry.resource("account", caller.accountId()));
	}

}
