package com.pettoyou.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Canonical byte encoding of a list of strings: one format version byte, then for each
 * part its UTF-8 length as a 4-byte big-endian unsigned integer followed by its UTF-8
 * bytes. Because every part carries its length, no two different lists encode to the same
 * bytes, so {@code ("ab", "c")} and {@code ("a", "bc")} stay distinct.
 */
public final class LengthPrefixedEncoding {

	private LengthPrefixedEncoding() {
	}

	/**
	 * Encodes the parts in order.
	 * @param version the format version, written as the first byte
	 * @param parts the strings to encode, none {@code null}
	 * @return the encoding
	 * @throws IllegalArgumentException if a part contains an unpaired surrogate, which
	 * has no UTF-8 form
	 */
	public static byte[] encode(byte version, String... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(version);
		for (String part : parts) {
			byte[] utf8 = utf8(part);
			out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
			out.writeBytes(utf8);
		}
		return out.toByteArray();
	}

	/**
	 * Encodes a string as UTF-8, rejecting unpaired surrogates instead of replacing them
	 * with {@code '?'} as {@link String#getBytes} does, so that two different strings
	 * never encode to the same bytes.
	 * @param value the string
	 * @return its UTF-8 bytes
	 * @throws IllegalArgumentException if the string contains an unpaired surrogate; the
	 * message does not include the string
	 */
	public static byte[] utf8(String value) {
		CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			ByteBuffer encoded = encoder.encode(CharBuffer.wrap(value));
			byte[] bytes = new byte[encoded.remaining()];
			encoded.get(bytes);
			return bytes;
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(
					"String of length " + value.length() + " contains an unpaired surrogate and has no UTF-8 encoding",
					ex);
		}
	}

}
