package com.pettoyou.payments.payout;

import java.util.regex.Pattern;

import com.pettoyou.common.ApiException;

/**
 * The form of bank account numbers: digits, optionally grouped by single hyphens, with 10
 * to 16 digits in all. Stored and sent without the hyphens; shown only masked.
 */
final class PayoutAccountNumbers {

	/** Digits in groups separated by single hyphens. */
	static final String PATTERN = "[0-9]+(-[0-9]+)*";

	private static final Pattern FORM = Pattern.compile(PATTERN);

	static final int MIN_DIGITS = 10;

	static final int MAX_DIGITS = 16;

	private PayoutAccountNumbers() {
	}

	/**
	 * Returns the digits of an account number.
	 * @throws ApiException 400 naming {@code accountNumber} for another form or length
	 */
	static String digitsOf(String accountNumber) {
		if (!FORM.matcher(accountNumber).matches()) {
			throw ApiException.invalidField("accountNumber", "pattern");
		}
		String digits = accountNumber.replace("-", "");
		if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
			throw ApiException.invalidField("accountNumber", "digit_count");
		}
		return digits;
	}

	/** Returns the last four digits, the only part kept in clear. */
	static String last4(String digits) {
		return digits.substring(digits.length() - 4);
	}

	/** Returns the masked form, such as {@code ***-****-1234}. */
	static String mask(String last4) {
		return "***-****-" + last4;
	}

}
