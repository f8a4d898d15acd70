package com.pettoyou.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Rules a new password must meet. They check length and a deny list, not character
 * classes, so any character is allowed and none is required.
 * <ul>
 * <li>After NFKC normalization the password has {@value #MIN_LENGTH} to
 * {@value #MAX_LENGTH} Unicode code points.</li>
 * <li>The whole normalized password, ignoring case in {@link Locale#ROOT}, is not an
 * entry of the bundled common-password list. Only exact matches count, so a listed
 * password with one more character passes.</li>
 * <li>It does not contain the local part of the account's email address, ignoring case,
 * when that local part has at least {@value #MIN_EMAIL_LOCAL_PART_LENGTH} code
 * points.</li>
 * </ul>
 * The list is loaded once, when the instance is created. Instances are thread-safe.
 */
@Component
public class PasswordPolicy {

	/** Minimum length in code points, inclusive. */
	public static final int MIN_LENGTH = 12;

	/** Maximum length in code points, inclusive. */
	public static final int MAX_LENGTH = 128;

	/** Shortest email local part that the containment rule checks. */
	static final int MIN_EMAIL_LOCAL_PART_LENGTH = 3;

	/**
	 * Input longer than this many UTF-16 units is rejected as too long before it is
	 * normalized, so huge input costs no work. NFKC composition merges only a few code
	 * units into one character, far below this 32-fold margin over {@link #MAX_LENGTH},
	 * so no password that would pass is rejected early.
	 */
	private static final int MAX_RAW_LENGTH = 32 * MAX_LENGTH;

	private final CommonPasswordList commonPasswords;

	/**
	 * Creates the policy with the bundled common-password list.
	 * @throws IllegalStateException if the bundled list is missing or empty
	 */
	public PasswordPolicy() {
		this.commonPasswords = CommonPasswordList.loadBundled();
	}

	/**
	 * Checks a proposed password against every rule.
	 * @param password the password as typed, never {@code null}
	 * @param email the account's email address, or {@code null} to skip the email rule
	 * @return the broken rules in declaration order of {@link PasswordViolation}, empty
	 * when the password is acceptable
	 */
	public List<PasswordViolation> check(String password, String email) {
		Objects.requireNonNull(password, "password");
		if (password.length() > MAX_RAW_LENGTH) {
			return List.of(PasswordViolation.PASSWORD_TOO_LONG);
		}
		String normalized = normalize(password);
		List<PasswordViolation> violations = new ArrayList<>();
		addLengthViolation(normalized, violations);
		if (this.commonPasswords.contains(normalized)) {
			violations.add(PasswordViolation.PASSWORD_TOO_COMMON);
		}
		if (containsEmailLocalPart(normalized, email)) {
			violations.add(PasswordViolation.PASSWORD_CONTAINS_EMAIL);
		}
		return List.copyOf(violations);
	}

	/**
	 * Applies the NFKC normalization used before checking and hashing, so equal passwords
	 * typed with different code points (for example fullwidth digits) hash the same.
	 * @param password the password as typed, never {@code null}
	 * @return the normalized password
	 */
	public String normalize(String password) {
		return PasswordNormalizer.normalize(password);
	}

	int commonPasswordCount() {
		return this.commonPasswords.size();
	}

	private static void addLengthViolation(String normalized, List<PasswordViolation> violations) {
		int length = normalized.codePointCount(0, normalized.length());
		if (length < MIN_LENGTH) {
			violations.add(PasswordViolation.PASSWORD_TOO_SHORT);
		}
		else if (length > MAX_LENGTH) {
			violations.add(PasswordViolation.PASSWORD_TOO_LONG);
		}
	}

	private static boolean containsEmailLocalPart(String normalized, String email) {
		if (email == null) {
			return false;
		}
		int at = email.lastIndexOf('@');
		String localPart = PasswordNormalizer.normalize((at < 0) ? email : email.substring(0, at));
		if (localPart.codePointCount(0, localPart.length()) < MIN_EMAIL_LOCAL_PART_LENGTH) {
			return false;
		}
		return normalized.toLowerCase(Locale.ROOT).contains(localPart.toLowerCase(Locale.ROOT));
	}

}
