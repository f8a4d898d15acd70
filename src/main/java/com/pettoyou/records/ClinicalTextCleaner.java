package com.pettoyou.records;

import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Cleans clinical free text that other modules store, such as the diagnosis of an
 * insurance claim, with the same rules as the text of a health note. Control characters
 * other than line breaks and tabs are rejected. Injection attempts are rejected with an
 * audit row and a security event. Markup is removed, and the cleaned text must be neither
 * blank nor too long. Rejections are audited outside the caller's transaction, so call it
 * before starting one.
 */
public interface ClinicalTextCleaner {

	/**
	 * Returns the cleaned text of a diagnosis, which is limited to 2,000 code points as
	 * for a health note.
	 * @param raw the value as sent; {@code null} is rejected as missing
	 * @throws com.pettoyou.common.ApiException 400 naming {@code diagnosis} and the rule
	 * it broke
	 */
	String cleanDiagnosis(AuthenticatedAccount caller, String raw);

	/**
	 * Returns the cleaned text of a required field.
	 * @param field the field's name in the request, used in the error and the audit row
	 * @param raw the value as sent; {@code null} is rejected as missing
	 * @param maxLength the largest number of code points after cleaning
	 * @throws com.pettoyou.common.ApiException 400 naming the field and the rule it broke
	 */
	String cleanText(AuthenticatedAccount caller, String field, String raw, int maxLength);

}
