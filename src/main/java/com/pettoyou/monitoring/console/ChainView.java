package com.pettoyou.monitoring.console;

import com.pettoyou.audit.AuditChainStatus.ChainCheck;

/**
 * One audit-chain verification as the console shows it.
 *
 * @param status {@code VALID} or {@code BROKEN}
 * @param valid whether the chain verified
 * @param verifiedEvents links checked before the first break
 * @param firstBrokenSequence the lowest untrusted sequence, or {@code null} when valid
 * @param checkedAt when the verification finished, formatted in UTC
 */
record ChainView(String status, boolean valid, long verifiedEvents, Long firstBrokenSequence, String checkedAt) {

	static ChainView of(ChainCheck check) {
		return new ChainView(check.status(), check.valid(), check.verifiedEvents(), check.firstBrokenSequence(),
				ConsoleTimes.dateTime(check.checkedAt()));
	}

}
