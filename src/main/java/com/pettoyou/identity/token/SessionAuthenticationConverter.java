package com.pettoyou.identity.token;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.SessionAuthenticationToken;
import com.pettoyou.identity.session.Session;
import com.pettoyou.identity.session.SessionStore;

/**
 * Turns a verified token into an authentication by checking its server-side session on
 * every request. The session must exist, be within its idle and absolute timeouts, and
 * belong to the token's subject and audience. A request with another User-Agent than the
 * login's ends the session. The role comes from the session, never from the token. When
 * Redis cannot be reached the request fails with an
 * {@link AuthenticationServiceException}, which the web edge turns into 503.
 */
@Component
public class SessionAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private static final Logger log = LoggerFactory.getLogger(SessionAuthenticationConverter.class);

	private final SessionStore sessions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionAuthenticationConverter(SessionStore sessions, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		Session session = liveSession(token.getId())
			.filter((candidate) -> candidate.accountId().toString().equals(token.getSubject()))
			.filter((candidate) -> token.getAudience().contains(candidate.client().audience()))
			.orElseThrow(() -> new InvalidBearerTokenException("The session has ended"));
		String userAgent = Objects.toString(RequestMetadata.current().userAgent(), "");
		if (!userAgent.equals(session.userAgent())) {
			endHijackedSession(session);
			throw new InvalidBearerTokenException("The session has ended");
		}
		sessions.touch(session);
		return new SessionAuthenticationToken(new AuthenticatedAccount(session.accountId(), session.role(),
				token.getId(), session.client(), session.restricted()));
	}

	private Optional<Session> liveSession(String tokenId) {
		try {
			return (tokenId != null) ? sessions.findByTokenId(tokenId) : Optional.empty();
		}
		catch (DataAccessException ex) {
			throw new AuthenticationServiceException("The session store is unavailable", ex);
		}
	}

	private void endHijackedSession(Session session) {
		sessions.end(session.ref(), session.accountId());
		UUID accountId = session.accountId();
		log.atWarn()
			.addKeyValue(LogKeys.ACCOUNT_ID, accountId)
			.addKeyValue(LogKeys.SESSION_REF, session.ref())
			.log("Session ended because its User-Agent changed");
		audit.record(AuditEntry.of("SESSION_ENDED", AuditOutcome.SUCCESS)
			.actor(accountId, session.role().name())
			.resource("session", session.ref())
			.details(Map.of("reason", "user_agent_changed")));
		events.publishEvent(new SecurityEvent("SESSION_USER_AGENT_CHANGED", SecurityEvent.Severity.WARNING, accountId,
				RequestMetadata.current().clientAddress(), clock.instant(), Map.of("sessionRef", session.ref())));
	}

}
