package com.pettoyou.identity.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.Permission;
import com.pettoyou.identity.service.AccountProfile;
import com.pettoyou.identity.service.AccountProfile.Profile;
import com.pettoyou.identity.service.AccountSessions;
import com.pettoyou.identity.session.Session;
import com.pettoyou.identity.session.SessionStore;

/** The signed-in account: its profile and its sessions. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

	private final AccountProfile profiles;

	private final AccountSessions sessions;

	MeController(AccountProfile profiles, AccountSessions sessions) {
		this.profiles = profiles;
		this.sessions = sessions;
	}

	@GetMapping
	MeResponse me(@AuthenticationPrincipal AuthenticatedAccount caller) {
		Profile profile = profiles.of(caller);
		List<String> permissions = caller.restricted() ? List.of()
				: profile.role()
					.permissions()
					.stream()
					.map(Permission::authority)
					.sorted(Comparator.naturalOrder())
					.toList();
		return new MeResponse(profile.account().id(), profile.email(), profile.account().name(), profile.role().name(),
				permissions);
	}

	@GetMapping("/sessions")
	PageResponse<SessionResponse> sessions(@AuthenticationPrincipal AuthenticatedAccount caller) {
		String current = SessionStore.refOf(caller.sessionId());
		return PageResponse.of(sessions.list(caller)
			.stream()
			.map((session) -> SessionResponse.of(session, session.ref().equals(current)))
			.toList());
	}

	@DeleteMapping("/sessions/{sessionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void endSession(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable String sessionId,
			@Valid @RequestBody(required = false) AuthRequests.EndSession request) {
		sessions.end(caller, sessionId, (request != null) ? request.currentPassword() : null);
	}

	/** The signed-in account; {@code toString()} hides the email. */
	record MeResponse(UUID id, String email, String name, String role, List<String> permissions) {

		@Override
		public String toString() {
			return "MeResponse[id=" + id + ", role=" + role + "]";
		}

	}

	/** One live session, without any secret. */
	record SessionResponse(String id, Instant createdAt, Instant lastSeenAt, boolean current, String userAgent) {

		static SessionResponse of(Session session, boolean current) {
			return new SessionResponse(session.ref(), session.createdAt(), session.lastSeenAt(), current,
					session.userAgent());
		}

	}

}
