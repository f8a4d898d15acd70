package com.pettoyou.crypto;

import java.util.Arrays;

/** Byte array searches for checking that stored bytes do not reveal a secret. */
final class Bytes {

	private Bytes() {
	}

	/** Returns the first index of {@code needle} in {@code haystack}, or -1. */
	static int indexOf(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

}
