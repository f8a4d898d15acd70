package com.pettoyou.identity.session;

import java.time.Instant;
import java.util.UUID;

import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.Role;

/**
 * A server-side session as stored in Redis.
 *
 * @param ref the public session id: base64url of the SHA-256 of the token's {@code jti},
 * so listing sessions never reveals a token id
 * @param accountId the account
 * @param role the role that requests of this session act with
 * @param client the client type the session was created for
 * @param userAgent the User-Agent seen at login; a different one ends the session
 * @param createdAt when the session began
 * @param lastSeenAt the time of its latest request
 * @param restricted whether the session may only change the password, because the account
 * logged in with a one-time password
 */
public record Session(String ref, UUID accountId, Role role, ClientType client, String userAgent, Instant createdAt,
		Instant lastSeenAt, boolean restricted) {
}
