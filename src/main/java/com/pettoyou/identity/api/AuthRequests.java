package com.pettoyou.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the authentication endpoints. Password fields are bounded at 1,024
 * characters here so hashing work stays bounded; the password rules reject anything over
 * 128 code points. No {@code toString()} shows a password, token or email.
 */
final class AuthRequests {

	/**
	 * Names are any text without control characters, which PostgreSQL text may not hold.
	 */
	static final String NAME_PATTERN = "[^\\p{Cntrl}]*";

	private AuthRequests() {
	}

	/** Removes surrounding white space, which users paste along with an address. */
	static String strip(String email) {
		return (email != null) ? email.strip() : null;
	}

	record Register(@NotBlank @Email @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
			@NotBlank @Size(max = 100) @Pattern(regexp = NAME_PATTERN) String name,
			@Pattern(regexp = "\\+?[0-9][0-9 -]{6,19}") String phone) {

		Register {
			email = strip(email);
		}

		@Override
		public String toString() {
			return "Register[redacted]";
		}

	}

	record VerifyEmail(@NotBlank @Size(max = 128) String token) {

		@Override
		public String toString() {
			return "VerifyEmail[redacted]";
		}

	}

	record Login(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
			@Pattern(regexp = "mobile|web") String client) {

		Login {
			email = strip(email);
		}

		@Override
		public String toString() {
			return "Login[client=" + client + "]";
		}

	}

	record ChangePassword(@Size(max = 1024) String currentPassword, @NotNull @Size(max = 1024) String newPassword) {

		@Override
		public String toString() {
			return "ChangePassword[redacted]";
		}

	}

	record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {

		ResetRequest {
			email = strip(email);
		}

		@Override
		public String toString() {
			return "ResetRequest[redacted]";
		}

	}

	record Reset(@NotBlank @Size(max = 128) String token, @NotNull @Size(max = 1024) String newPassword) {

		@Override
		public String toString() {
			return "Reset[redacted]";
		}

	}

	record EndSession(@Size(max = 1024) String currentPassword) {

		@Override
		public String toString() {
			return "EndSession[redacted]";
		}

	}

}
