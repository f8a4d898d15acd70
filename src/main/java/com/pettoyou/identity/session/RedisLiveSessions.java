package com.pettoyou.identity.session;

import org.springframework.stereotype.Component;

import com.pettoyou.identity.LiveSessions;

/** Counts live sessions through the session store. */
@Component
class RedisLiveSessions implements LiveSessions {

	private final SessionStore sessions;

	RedisLiveSessions(SessionStore sessions) {
		this.sessions = sessions;
	}

	@Override
	public long count() {
		return this.sessions.countAll();
	}

}
