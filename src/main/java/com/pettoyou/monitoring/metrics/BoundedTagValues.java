package com.pettoyou.monitoring.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Admits tag values that match a pattern, up to a maximum number of distinct values, and
 * replaces every other value with a fixed fallback. This keeps a meter's time series
 * bounded even if a publisher sends a value that was never meant as a code.
 */
final class BoundedTagValues {

	private final Pattern allowed;

	private final int maxValues;

	private final String fallback;

	private final Set<String> admitted = ConcurrentHashMap.newKeySet();

	BoundedTagValues(Pattern allowed, int maxValues, String fallback) {
		this.allowed = allowed;
		this.maxValues = maxValues;
		this.fallback = fallback;
	}

	/** Returns the value itself if it is admitted, otherwise the fallback. */
	String admit(String value) {
		if (value == null || !this.allowed.matcher(value).matches()) {
			return this.fallback;
		}
		if (this.admitted.contains(value)) {
			return value;
		}
		synchronized (this.admitted) {
			if (this.admitted.size() >= this.maxValues) {
				return this.fallback;
			}
			this.admitted.add(value);
			return value;
		}
	}

}
