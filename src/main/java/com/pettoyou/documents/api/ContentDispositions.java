package com.pettoyou.documents.api;

import java.nio.charset.StandardCharsets;

/**
 * Builds the {@code Content-Disposition} header of a download. The header always says
 * {@code attachment}, so browsers save the file instead of displaying it. The name goes
 * out twice, as RFC 6266 recommends: {@code filename} with every character outside
 * printable ASCII, and every {@code "} and {@code \}, replaced by {@code _}, for old
 * clients, and {@code filename*} as RFC 8187 UTF-8 percent-encoding, which current
 * browsers prefer.
 */
final class ContentDispositions {

	/** The attr-chars of RFC 8187 that stay unencoded besides letters and digits. */
	private static final String UNENCODED = "!#$&+-.^_`|~";

	private ContentDispositions() {
	}

	static String attachment(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
	}

	private static String asciiFallback(String fileName) {
		StringBuilder result = new StringBuilder(fileName.length());
		fileName.codePoints().forEach((codePoint) -> {
			boolean printable = codePoint >= 0x20 && codePoint < 0x7F;
			result.append((printable && codePoint != '"' && codePoint != '\\') ? (char) codePoint : '_');
		});
		return result.toString();
	}

	private static String percentEncoded(String fileName) {
		StringBuilder result = new StringBuilder();
		for (byte value : fileName.getBytes(StandardCharsets.UTF_8)) {
			int unsigned = value & 0xFF;
			if (isAlphanumeric(unsigned) || UNENCODED.indexOf(unsigned) >= 0) {
				result.append((char) unsigned);
			}
			else {
				result.append('%')
					.append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
			}
		}
		return result.toString();
	}

	private static boolean isAlphanumeric(int value) {
		return (value >= 'a' && value <= 'z') || (value >= 'A' && value <= 'Z') || (value >= '0' && value <= '9');
	}

}
