package com.pettoyou.documents.inspection;

import java.text.Normalizer;

/**
 * Makes an uploaded file name safe to store and to send back in
 * {@code Content-Disposition}.
 */
public final class FileNames {

	/** Maximum length of a sanitized name, in code points. */
	public static final int MAX_LENGTH = 120;

	/** The name used when nothing of the original name remains. */
	static final String FALLBACK_STEM = "document";

	private static final String REPLACED = "\"*/:<>?\\|%;";

	private static final int MAX_EXTENSION_LENGTH = 10;

	private FileNames() {
	}

	/**
	 * Returns the sanitized name: the part after the last {@code /} or {@code \}, in
	 * Unicode NFC, without control, format (such as right-to-left overrides),
	 * private-use, unassigned or surrogate characters, with {@code " * / : < > ? \ | % ;}
	 * replaced by {@code _}, each run of whitespace turned into one space, leading and
	 * trailing dots and spaces removed, and cut to {@value #MAX_LENGTH} code points while
	 * keeping an extension of up to 10 characters. A name left with an extension only,
	 * such as {@code .pdf}, gets the stem {@value #FALLBACK_STEM}.
	 * @param original the name the client sent, or {@code null}
	 * @return the sanitized name, possibly empty
	 */
	public static String sanitize(String original) {
		if (original == null) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
		return limitLength(stripDots(collapseWhitespace(replaceCharacters(normalized))));
	}

	private static String replaceCharacters(String name) {
		StringBuilder result = new StringBuilder(name.length());
		name.codePoints().forEach((codePoint) -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				result.append(' ');
			}
			else if (REPLACED.indexOf(codePoint) >= 0) {
				result.append('_');
			}
			else if (!isRemoved(codePoint)) {
				result.appendCodePoint(codePoint);
			}
		});
		return result.toString();
	}

	private static boolean isRemoved(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
				|| type == Character.UNASSIGNED || type == Character.SURROGATE;
	}

	private static String collapseWhitespace(String name) {
		return name.replaceAll(" {2,}", " ");
	}

	/**
	 * Removes leading and trailing spaces, trailing dots and leading dots. A name that
	 * was only dots and an extension, such as {@code .pdf}, gets the stem
	 * {@value #FALLBACK_STEM}.
	 */
	private static String stripDots(String name) {
		String trimmed = name.strip();
		int end = trimmed.length();
		while (end > 0 && (trimmed.charAt(end - 1) == '.' || trimmed.charAt(end - 1) == ' ')) {
			end--;
		}
		int start = 0;
		while (start < end && (trimmed.charAt(start) == '.' || trimmed.charAt(start) == ' ')) {
			start++;
		}
		String stripped = trimmed.substring(start, end);
		boolean onlyExtension = start > 0 && trimmed.charAt(0) == '.' && !stripped.isEmpty()
				&& stripped.indexOf('.') < 0;
		return onlyExtension ? FALLBACK_STEM + "." + stripped : stripped;
	}

	private static String limitLength(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0 && name.length() - dot - 1 <= MAX_EXTENSION_LENGTH) ? name.substring(dot) : "";
		String stem = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		return stem.substring(0, stem.offsetByCodePoints(0, keep)).stripTrailing() + extension;
	}

}
