package com.pettoyou.common;

/**
 * Names of the structured log keys. Values logged under them are opaque ids and codes,
 * never personal data, secrets or clinical text.
 */
public final class LogKeys {

	public static final String CORRELATION_ID = "correlation_id";

	public static final String ACCOUNT_ID = "account_id";

	public static final String SESSION_REF = "session_ref";

	public static final String ROLE = "role";

	public static final String ACTION = "action";

	public static final String OUTCOME = "outcome";

	public static final String CLIENT_ADDRESS = "client_address";

	public static final String REASON = "reason";

	public static final String POLICY = "policy";

	public static final String PET_ID = "pet_id";

	public static final String CLAIM_ID = "claim_id";

	public static final String PAYMENT_ID = "payment_id";

	public static final String POLICY_ID = "policy_id";

	public static final String REFUND_ID = "refund_id";

	public static final String EVENT_ID = "event_id";

	public static final String PAYOUT_ID = "payout_id";

	public static final String DOCUMENT_ID = "document_id";

	public static final String ALERT_ID = "alert_id";

	public static final String ALERT_LEVEL = "alert_level";

	public static final String ALERT_RULE = "alert_rule";

	public static final String CATEGORY = "category";

	public static final String EVENT_TYPE = "event_type";

	private LogKeys() {
	}

}
