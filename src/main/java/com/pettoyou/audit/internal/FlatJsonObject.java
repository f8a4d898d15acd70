package com.pettoyou.audit.internal;

import java.util.Arrays;

/**
 * Canonicalizes, without a JSON parser, the common shape of audit details: PostgreSQL's
 * {@code jsonb} text of an object whose keys and values are strings of printable ASCII
 * without quotes or backslashes. PostgreSQL prints such an object as {@code {"key":
 * "value", ...}} with keys sorted by length first. For these characters neither
 * PostgreSQL nor Jackson writes escapes, so sorting the pairs by key and dropping the
 * spaces gives the same text as {@link ChainHashes#canonicalJson(String)}. Any other
 * input is left to that method.
 */
final class FlatJsonObject {

	private static final int MAX_PAIRS = 64;

	private FlatJsonObject() {
	}

	/**
	 * Writes the canonical form of {@code json} into {@code out} from {@code offset},
	 * which needs room for {@code json.length} bytes.
	 * @return the index after the last byte written, or {@code -1} if the input does not
	 * have the flat shape, in which case the bytes written are garbage
	 */
	static int canonicalize(byte[] json, byte[] out, int offset) {
		int[] bounds = parse(json);
		if (bounds == null) {
			return -1;
		}
		int pairs = bounds.length / 4;
		int[] order = sortByKey(json, bounds, pairs);
		if (order == null) {
			return -1;
		}
		int position = offset;
		out[position++] = '{';
		for (int i = 0; i < pairs; i++) {
			if (i > 0) {
				out[position++] = ',';
			}
			int pair = order[i] * 4;
			position = copyQuoted(json, bounds[pair], bounds[pair + 1], out, position);
			out[position++] = ':';
			position = copyQuoted(json, bounds[pair + 2], bounds[pair + 3], out, position);
		}
		out[position++] = '}';
		return position;
	}

	/**
	 * Returns the start and end of every key and value, four indexes per pair, or
	 * {@code null} if the text is not a flat object of plain strings.
	 */
	private static int[] parse(byte[] json) {
		if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
			return null;
		}
		if (json.length == 2) {
			return new int[0];
		}
		int[] bounds = new int[MAX_PAIRS * 4];
		int pairs = 0;
		int position = 1;
		while (true) {
			if (pairs == MAX_PAIRS) {
				return null;
			}
			int keyEnd = endOfString(json, position);
			if (keyEnd < 0 || !separatorAt(json, keyEnd + 1, ':')) {
				return null;
			}
			int valueEnd = endOfString(json, keyEnd + 3);
			if (valueEnd < 0) {
				return null;
			}
			bounds[pairs * 4] = position + 1;
			bounds[pairs * 4 + 1] = keyEnd;
			bounds[pairs * 4 + 2] = keyEnd + 4;
			bounds[pairs * 4 + 3] = valueEnd;
			pairs++;
			position = valueEnd + 1;
			if (position == json.length - 1) {
				return Arrays.copyOf(bounds, pairs * 4);
			}
			if (!separatorAt(json, position, ',')) {
				return null;
			}
			position += 2;
		}
	}

	/**
	 * Returns the index of the closing quote of the string that opens at {@code start},
	 * or {@code -1} if there is no plain string there.
	 */
	private static int endOfString(byte[] json, int start) {
		if (start >= json.length || json[start] != '"') {
			return -1;
		}
		for (int i = start + 1; i < json.length; i++) {
			byte b = json[i];
			if (b == '"') {
				return i;
			}
			if (b < 0x20 || b > 0x7e || b == '\\') {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Returns whether {@code separator} followed by one space starts at {@code index}.
	 */
	private static boolean separatorAt(byte[] json, int index, char separator) {
		return index + 1 < json.length && json[index] == separator && json[index + 1] == ' ';
	}

	/**
	 * Returns the pair indexes in key order, or {@code null} if two keys are equal. For
	 * ASCII, unsigned byte order is the UTF-16 order that the canonical form uses.
	 */
	private static int[] sortByKey(byte[] json, int[] bounds, int pairs) {
		int[] order = new int[pairs];
		for (int i = 0; i < pairs; i++) {
			int j = i;
			while (j > 0) {
				int comparison = compareKeys(json, bounds, order[j - 1], i);
				if (comparison == 0) {
					return null;
				}
				if (comparison < 0) {
					break;
				}
				order[j] = order[j - 1];
				j--;
			}
			order[j] = i;
		}
		return order;
	}

	private static int compareKeys(byte[] json, int[] bounds, int left, int right) {
		return Arrays.compareUnsigned(json, bounds[left * 4], bounds[left * 4 + 1], json, bounds[right * 4],
				bounds[right * 4 + 1]);
	}

	private static int copyQuoted(byte[] json, int start, int end, byte[] out, int position) {
		out[position++] = '"';
		System.arraycopy(json, start, out, position, end - start);
		position += end - start;
		out[position++] = '"';
		return position;
	}

}
