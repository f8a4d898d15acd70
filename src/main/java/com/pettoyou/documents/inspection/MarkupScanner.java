package com.pettoyou.documents.inspection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds markup that a browser or viewer would execute or render as a page: the tags
 * {@code <script}, {@code <html}, {@code <body}, {@code <svg}, {@code <iframe},
 * {@code <object}, {@code <embed} and {@code <meta}, followed by whitespace, {@code /} or
 * {@code >}, and the strings {@code <!doctype}, {@code <?php} and {@code javascript:}.
 * Letters match without regard to ASCII case. The whole file is searched, because a
 * polyglot may place its markup anywhere.
 * <p>
 * NOTE: compressed image and stream data is close to random bytes, so a genuine file can
 * contain a marker by chance. For 10 MiB of uniformly random bytes the estimate is about
 * 1 file in 2,000, almost all from {@code <svg}, the shortest tag, and proportionally
 * fewer for smaller files.
 */
final class MarkupScanner {

	private static final List<byte[]> TAGS = ascii("<script", "<html", "<body", "<svg", "<iframe", "<object", "<embed",
			"<meta");

	private static final List<byte[]> STRINGS = ascii("<!doctype", "<?php", "javascript:");

	private MarkupScanner() {
	}

	/** Returns whether the content contains one of the markers. */
	static boolean containsMarkup(byte[] content) {
		for (int i = 0; i < content.length; i++) {
			byte first = content[i];
			if (first == '<' && (startsTag(content, i) || startsString(content, i))) {
				return true;
			}
			if ((first == 'j' || first == 'J') && startsString(content, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsTag(byte[] content, int offset) {
		for (byte[] tag : TAGS) {
			int end = offset + tag.length;
			if (end < content.length && matchesIgnoreCase(content, offset, tag) && endsTagName(content[end])) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsString(byte[] content, int offset) {
		for (byte[] marker : STRINGS) {
			if (offset + marker.length <= content.length && matchesIgnoreCase(content, offset, marker)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesIgnoreCase(byte[] content, int offset, byte[] lowerCaseMarker) {
		for (int i = 0; i < lowerCaseMarker.length; i++) {
			if (toLowerAscii(content[offset + i]) != lowerCaseMarker[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean endsTagName(byte value) {
		return value == ' ' || value == '\t' || value == '\n' || value == '\r' || value == '\f' || value == '/'
				|| value == '>';
	}

	private static byte toLowerAscii(byte value) {
		return (value >= 'A' && value <= 'Z') ? (byte) (value + ('a' - 'A')) : value;
	}

	private static List<byte[]> ascii(String... markers) {
		return Arrays.stream(markers).map((marker) -> marker.getBytes(StandardCharsets.US_ASCII)).toList();
	}

}
