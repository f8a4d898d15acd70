package com.pettoyou.identity.account;

import java.time.Instant;
import java.util.UUID;

import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.identity.Role;

/**
 * An account row. The email and phone are stored encrypted and found through their blind
 * indexes; {@code toString()} shows neither them nor the password hash.
 *
 * @param id the account id
 * @param email the encrypted canonical email
 * @param emailIndex the blind index of the canonical email
 * @param phone the encrypted phone number, or {@code null}
 * @param name the display name
 * @param passwordHash the Argon2id or bcrypt hash, or {@code null} before a password is
 * set
 * @param role the role
 * @param status the lifecycle state
 * @param hospitalId the hospital of hospital roles, otherwise {@code null}
 * @param passwordChangeRequired whether the password is a one-time password that must be
 * changed before the account may do anything else
 * @param createdAt when the account was created
 */
public record Account(UUID id, EncryptedValue email, byte[] emailIndex, EncryptedValue phone, String name,
		String passwordHash, Role role, AccountStatus status, UUID hospitalId, boolean passwordChangeRequired,
		Instant createdAt) {

	/** Returns whether a login with the right password may succeed. */
	public boolean canLogIn() {
		return status == AccountStatus.ACTIVE && passwordHash != null;
	}

	@Override
	public String toString() {
		return "Account[id=" + id + ", role=" + role + ", status=" + status + ", hospitalId=" + hospitalId + "]";
	}

}
