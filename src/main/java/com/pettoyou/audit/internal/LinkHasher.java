package com.pettoyou.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Writes the canonical form of one event at a time into a reusable buffer and hashes it,
 * so that hashing a long chain allocates almost nothing per link. {@link ChainHashes}
 * documents the format. Callers write the fields in its order, starting with
 * {@link #begin(long)}. Not thread-safe.
 */
final class LinkHasher {

	private static final byte[] VERSION = "pettoyou-audit-chain-v1".getBytes(StandardCharsets.UTF_8);

	private static final long FIRST_SECOND_OF_YEAR_0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

	private static final long LAST_SECOND_OF_YEAR_9999 = LocalDateTime.of(9999, 12, 31, 23, 59, 59)
		.toEpochSecond(ZoneOffset.UTC);

	/** Length of {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ} for a four-digit year. */
	private static final int TIME_LENGTH = 27;

	private final MessageDigest digest = sha256();

	private byte[] buffer = new byte[512];

	private int length;

	/** Starts a new canonical form with the version label and the sequence. */
	LinkHasher begin(long sequence) {
		this.length = 0;
		writeField(VERSION);
		writeField(Long.toString(sequence));
		return this;
	}

	/** Writes a text field as UTF-8, or the SQL {@code NULL} marker. */
	LinkHasher writeField(String value) {
		return writeField((value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	/** Writes a field that is already UTF-8, or the SQL {@code NULL} marker. */
	LinkHasher writeField(byte[] utf8) {
		if (utf8 == null) {
			ensureCapacity(1);
			this.buffer[this.length++] = 0;
			return this;
		}
		int start = openField(utf8.length);
		System.arraycopy(utf8, 0, this.buffer, start, utf8.length);
		this.length = start + utf8.length;
		return this;
	}

	/**
	 * Writes an instant as UTC with exactly six fraction digits, the same text as
	 * {@link ChainHashes#formatInstant(Instant)}, or the SQL {@code NULL} marker.
	 */
	LinkHasher writeTime(Instant instant) {
		if (instant == null) {
			return writeField((byte[]) null);
		}
		if (instant.getEpochSecond() < FIRST_SECOND_OF_YEAR_0 || instant.getEpochSecond() > LAST_SECOND_OF_YEAR_9999) {
			return writeField(formatOutsideFourDigitYears(instant));
		}
		LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
		int position = openField(TIME_LENGTH);
		position = writeDigits(time.getYear(), 4, position);
		this.buffer[position++] = '-';
		position = writeDigits(time.getMonthValue(), 2, position);
		this.buffer[position++] = '-';
		position = writeDigits(time.getDayOfMonth(), 2, position);
		this.buffer[position++] = 'T';
		position = writeDigits(time.getHour(), 2, position);
		this.buffer[position++] = ':';
		position = writeDigits(time.getMinute(), 2, position);
		this.buffer[position++] = ':';
		position = writeDigits(time.getSecond(), 2, position);
		this.buffer[position++] = '.';
		position = writeDigits(instant.getNano() / 1000, 6, position);
		this.buffer[position++] = 'Z';
		this.length = position;
		return this;
	}

	/**
	 * Writes JSON text from PostgreSQL's {@code jsonb} output in canonical form (sorted
	 * keys, no whitespace), or the SQL {@code NULL} marker.
	 */
	LinkHasher writeDetails(byte[] jsonUtf8) {
		if (jsonUtf8 == null) {
			return writeField((byte[]) null);
		}
		// The canonical text of a flat object of plain strings is never longer than the
		// jsonb text, which has a space after every colon and comma.
		int start = openField(jsonUtf8.length);
		int end = FlatJsonObject.canonicalize(jsonUtf8, this.buffer, start);
		if (end < 0) {
			return writeField(ChainHashes.canonicalJson(new String(jsonUtf8, StandardCharsets.UTF_8)));
		}
		writeLength(start, end - start);
		this.length = end;
		return this;
	}

	/**
	 * Formats an instant outside years 0 to 9999, where the formatter adds a sign. The
	 * formatter cannot print instants after year 999,999,999, such as the one the JDBC
	 * driver returns for PostgreSQL's {@code infinity}, so those get
	 * {@link Instant#toString()}.
	 */
	private static String formatOutsideFourDigitYears(Instant instant) {
		try {
			return ChainHashes.formatInstant(instant);
		}
		catch (DateTimeException ex) {
			return instant.truncatedTo(ChronoUnit.MICROS).toString();
		}
	}

	/** Returns a copy of the canonical form written since {@link #begin(long)}. */
	byte[] canonicalForm() {
		return Arrays.copyOf(this.buffer, this.length);
	}

	/** Returns SHA-256 over the previous hash followed by the canonical form. */
	byte[] hash(byte[] previousHash) {
		this.digest.update(previousHash);
		this.digest.update(this.buffer, 0, this.length);
		return this.digest.digest();
	}

	/**
	 * Writes the presence byte and the length of a field of {@code size} bytes, and
	 * returns where its bytes start.
	 */
	private int openField(int size) {
		ensureCapacity(1 + Integer.BYTES + size);
		this.buffer[this.length] = 1;
		int start = this.length + 1 + Integer.BYTES;
		writeLength(start, size);
		return start;
	}

	private void writeLength(int fieldStart, int size) {
		int at = fieldStart - Integer.BYTES;
		this.buffer[at] = (byte) (size >>> 24);
		this.buffer[at + 1] = (byte) (size >>> 16);
		this.buffer[at + 2] = (byte) (size >>> 8);
		this.buffer[at + 3] = (byte) size;
	}

	private int writeDigits(int value, int digits, int position) {
		for (int i = digits - 1; i >= 0; i--) {
			this.buffer[position + i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		return position + digits;
	}

	private void ensureCapacity(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JVM provides no SHA-256", ex);
		}
	}

}
