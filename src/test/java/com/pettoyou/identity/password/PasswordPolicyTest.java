package com.pettoyou.identity.password;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PasswordPolicyTest {

	private static final PasswordPolicy policy = new PasswordPolicy();

	/** Uncommon filler text, cut to the requested number of code points. */
	private static String uncommon(int length) {
		return "tq7#Lm vX2!ozr9".repeat(20).substring(0, length);
	}

	@Test
	void elevenCodePointsTooShort() {
		assertThat(policy.check(uncommon(11), null)).containsExactly(PasswordViolation.PASSWORD_TOO_SHORT);
	}

	@Test
	void twelveCodePointsAccepted() {
		assertThat(policy.check(uncommon(12), null)).isEmpty();
	}

	@Test
	void maxLengthAccepted() {
		assertThat(policy.check(uncommon(128), null)).isEmpty();
	}

	@Test
	void oneOverMaxLengthTooLong() {
		assertThat(policy.check(uncommon(129), null)).containsExactly(PasswordViolation.PASSWORD_TOO_LONG);
	}

	@Test
	void hugeInputTooLong() {
		assertThat(policy.check(uncommon(10).repeat(10_000), null))
			.containsExactly(PasswordViolation.PASSWORD_TOO_LONG);
	}

	@Test
	void surrogatePairsCountAsOneCodePoint() {
		String dog = "\uD83D\uDC36";
		assertThat(dog.repeat(11).length()).isEqualTo(22);
		assertThat(policy.check(dog.repeat(11), null)).containsExactly(PasswordViolation.PASSWORD_TOO_SHORT);
		assertThat(policy.check(dog.repeat(12), null)).isEmpty();
		assertThat(policy.check(dog.repeat(128), null)).isEmpty();
		assertThat(policy.check(dog.repeat(129), null)).containsExactly(PasswordViolation.PASSWORD_TOO_LONG);
	}

	@Test
	void lengthCountedAfterNormalization() {
		String ligatures = "\uFB03".repeat(4);
		assertThat(policy.normalize(ligatures)).isEqualTo("ffiffiffiffi");
		assertThat(policy.check(ligatures, null)).isEmpty();
		String decomposed = "e\u0301".repeat(6);
		assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(12);
		assertThat(policy.check(decomposed, null)).containsExactly(PasswordViolation.PASSWORD_TOO_SHORT);
	}

	@Test
	void fullwidthCharactersNormalized() {
		String fullwidth = "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13\uFF01";
		assertThat(policy.normalize(fullwidth)).isEqualTo("password123!");
		assertThat(policy.check(fullwidth, null)).containsExactly(PasswordViolation.PASSWORD_TOO_COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwerty123456", "1qaz2wsx3edc", "sonyericsson", "leavemealone", "LeaveMeAlone" })
	void listEntryTooCommon(String password) {
		assertThat(policy.check(password, null)).containsExactly(PasswordViolation.PASSWORD_TOO_COMMON);
	}

	@Test
	void shortListEntryTooShortAndTooCommon() {
		assertThat(policy.check("password", null)).containsExactly(PasswordViolation.PASSWORD_TOO_SHORT,
				PasswordViolation.PASSWORD_TOO_COMMON);
	}

	@Test
	void projectAdditionTooCommon() {
		assertThat(policy.check("password123!", null)).containsExactly(PasswordViolation.PASSWORD_TOO_COMMON);
	}

	@Test
	void capitalizedListEntryTooCommon() {
		assertThat(policy.check("Password123!", null)).containsExactly(PasswordViolation.PASSWORD_TOO_COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwerty123456x", "password123!x", "xsonyericsson" })
	void listEntryWithExtraCharacterAccepted(String password) {
		assertThat(policy.check(password, null)).isEmpty();
	}

	@Test
	void listEntryInsideLongerPasswordAccepted() {
		assertThat(policy.check("my password123! is not my whole password", null)).isEmpty();
	}

	@Test
	void emailLocalPartRejectedIgnoringCase() {
		assertThat(policy.check("my-JANE.DOE-pass-99", "jane.doe@example.com"))
			.containsExactly(PasswordViolation.PASSWORD_CONTAINS_EMAIL);
	}

	@Test
	void emailDomainAllowed() {
		assertThat(policy.check("example.com rocks 99", "jane.doe@example.com")).isEmpty();
	}

	@Test
	void shortEmailLocalPartIgnored() {
		assertThat(policy.check(uncommon(12) + "al", "al@example.com")).isEmpty();
	}

	@Test
	void threeCharacterEmailLocalPartChecked() {
		assertThat(policy.check(uncommon(12) + "Bob", "bob@example.com"))
			.containsExactly(PasswordViolation.PASSWORD_CONTAINS_EMAIL);
	}

	@Test
	void everyViolationReported() {
		assertThat(policy.check("monkey", "monkey@example.com")).containsExactly(PasswordViolation.PASSWORD_TOO_SHORT,
				PasswordViolation.PASSWORD_TOO_COMMON, PasswordViolation.PASSWORD_CONTAINS_EMAIL);
	}

	@Test
	void hangulPassphraseAccepted() {
		String passphrase = "my cat 나비 likes warm milk and 강아지 sleeps on the sofa every 오후 ok";
		assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(64);
		assertThat(policy.check(passphrase, "jane.doe@example.com")).isEmpty();
	}

	@Test
	void nullPasswordThrows() {
		assertThatNullPointerException().isThrownBy(() -> policy.check(null, null));
	}

	@Test
	void bundledListHasAtLeastTenThousandEntries() {
		assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void listReaderSkipsCommentsAndBlankLines() throws Exception {
		String text = "# heading\n\nAbc123\n";
		CommonPasswordList list = CommonPasswordList
			.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.contains("abc123")).isTrue();
		assertThat(list.contains("# heading")).isFalse();
	}

	@Test
	void violationCodesAreLowerCase() {
		assertThat(PasswordViolation.PASSWORD_TOO_SHORT.code()).isEqualTo("password_too_short");
		assertThat(PasswordViolation.PASSWORD_TOO_LONG.code()).isEqualTo("password_too_long");
		assertThat(PasswordViolation.PASSWORD_TOO_COMMON.code()).isEqualTo("password_too_common");
		assertThat(PasswordViolation.PASSWORD_CONTAINS_EMAIL.code()).isEqualTo("password_contains_email");
	}

}
