package com.pettoyou.hospitals.service;

import java.util.regex.Pattern;

/** Reads parts of Korean road-name addresses. */
public final class Addresses {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private Addresses() {
	}

	/**
	 * Returns the district (gu or gun) of an address such as
	 * {@code 서울특별시 영등포구 가마산로 449-1}, which is the first word after the city that ends in
	 * 구 or 군, or {@code null} when the address names none.
	 */
	public static String district(String address) {
		String[] words = WHITESPACE.split(address.strip());
		for (int i = 1; i < Math.min(words.length, 4); i++) {
			String word = words[i];
			if (word.length() >= 2 && (word.endsWith("구") || word.endsWith("군"))) {
				return word;
			}
		}
		return null;
	}

}
