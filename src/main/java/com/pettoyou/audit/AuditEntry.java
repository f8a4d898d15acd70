package com.pettoyou.audit;

import java.util.Map;
import java.util.UUID;

/**
 * One security-relevant action to record. Details hold opaque ids and codes only, never
 * personal data, secrets or clinical text.
 *
 * @param action what happened, an upper-case name such as {@code LOGIN_SUCCEEDED}
 * @param outcome how it ended
 * @param actorId the account that acted, or {@code null} when no account is signed in
 * @param actorRole the actor's role name, or {@code null}
 * @param resourceType the kind of object acted on, or {@code null}
 * @param resourceId the id of that object, or {@code null}
 * @param details further opaque facts, such as a reason code
 */
public record AuditEntry(String action, AuditOutcome outcome, UUID actorId, String actorRole, String resourceType,
		String resourceId, Map<String, String> details) {

	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	/** Starts an entry for an action with the given outcome and no actor. */
	public static AuditEntry of(String action, AuditOutcome outcome) {
		return new AuditEntry(action, outcome, null, null, null, null, Map.of());
	}

	public AuditEntry actor(UUID id, String role) {
		return new AuditEntry(action, outcome, id, role, resourceType, resourceId, details);
	}

	public AuditEntry resource(String type, Object id) {
		return new AuditEntry(action, outcome, actorId, actorRole, type, (id != null) ? id.toString() : null, details);
	}

	public AuditEntry details(Map<String, String> more) {
		return new AuditEntry(action, outcome, actorId, actorRole, resourceType, resourceId, more);
	}

}
