package com.pettoyou.identity;

import java.util.UUID;

import com.pettoyou.common.Actor;

/**
 * The principal of an authenticated request: the account, its current role as stored in
 * the server-side session, and the session itself.
 *
 * @param accountId the account's id
 * @param role the role read from the session on this request
 * @param sessionId the session id, which is also the token's {@code jti}; never logged
 * @param client how the session authenticates requests
 * @param restricted whether the session may only change the password; it then has no
 * permission
 */
public record AuthenticatedAccount(UUID accountId, Role role, String sessionId, ClientType client,
		boolean restricted) implements Actor {

	@Override
	public String toString() {
		return "AuthenticatedAccount[accountId=" + accountId + ", role=" + role + ", client=" + client + ", restricted="
				+ restricted + "]";
	}

}
