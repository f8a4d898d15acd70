package com.pettoyou.common;

import java.time.Instant;

/**
 * Checks of the paging and period parameters that list endpoints share, each failing with
 * a 400 field error.
 */
public final class ListRequests {

	private ListRequests() {
	}

	/**
	 * Rejects a negative page ({@code min}) or a size outside 1 to {@code maxSize}
	 * ({@code range}).
	 */
	public static void checkPage(int page, int size, int maxSize) {
		if (page < 0) {
			throw ApiException.invalidField("page", "min");
		}
		if (size < 1 || size > maxSize) {
			throw ApiException.invalidField("size", "range");
		}
	}

	/**
	 * Rejects a period whose {@code to} is not after its {@code from}
	 * ({@code after_from}).
	 */
	public static void checkPeriod(Instant from, Instant to) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw ApiException.invalidField("to", "after_from");
		}
	}

}
