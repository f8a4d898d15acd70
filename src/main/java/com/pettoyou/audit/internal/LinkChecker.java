package com.pettoyou.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Checks chain links one at a time in sequence order and keeps the result of the walk so
 * far. It is not thread-safe, so one thread feeds it every link.
 */
final class LinkChecker {

	private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final Set<Long> checkpointSequences;

	private final LinkHasher hasher = new LinkHasher();

	private final Walk walk = new Walk();

	private byte[] previous = ChainHashes.GENESIS;

	private long expected = 1;

	/**
	 * Creates a checker for a walk from sequence 1.
	 * @param checkpointSequences sequences whose hashes the walk keeps for the checkpoint
	 * check
	 */
	LinkChecker(Set<Long> checkpointSequences) {
		this.checkpointSequences = checkpointSequences;
	}

	/**
	 * Checks the next link, unless an earlier one failed.
	 * @return whether the link is intact. After the first {@code false} the walk is over.
	 */
	boolean check(StoredLink link) {
		if (this.walk.firstBroken != null) {
			return false;
		}
		String problem = problem(link);
		if (problem != null) {
			this.walk.fail(Math.min(this.expected, link.sequence()), problem);
			return false;
		}
		this.walk.verified++;
		this.expected++;
		return true;
	}

	/** Returns the walk so far. */
	Walk walk() {
		return this.walk;
	}

	private String problem(StoredLink link) {
		if (link.sequence() != this.expected) {
			return "SEQUENCE_GAP";
		}
		if (link.id() == null) {
			return "EVENT_MISSING";
		}
		if (!isHexOf(this.previous, link.previousHashHex())) {
			return "PREVIOUS_HASH_MISMATCH";
		}
		this.hasher.begin(link.sequence()).writeField(link.id()).writeTime(link.occurredAt());
		for (byte[] field : link.textFields()) {
			this.hasher.writeField(field);
		}
		byte[] hash = this.hasher.writeDetails(link.details()).hash(this.previous);
		if (!isHexOf(hash, link.hashHex())) {
			return "HASH_MISMATCH";
		}
		if (this.checkpointSequences.contains(link.sequence())) {
			this.walk.hashes.put(link.sequence(), HexFormat.of().formatHex(hash));
		}
		this.previous = hash;
		return null;
	}

	/** Returns whether {@code hex} is the lower-case hex encoding of {@code bytes}. */
	static boolean isHexOf(byte[] bytes, byte[] hex) {
		if (hex == null || hex.length != bytes.length * 2) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (hex[2 * i] != HEX_DIGITS[(bytes[i] >> 4) & 0xf] || hex[2 * i + 1] != HEX_DIGITS[bytes[i] & 0xf]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One {@code audit_chain} row with its event's columns as the database returned them.
	 *
	 * @param sequence the link's sequence
	 * @param previousHashHex the stored previous hash as lower-case hex in ASCII
	 * @param hashHex the stored hash as lower-case hex in ASCII
	 * @param id the event id as UUID text in ASCII, or {@code null} if no event row
	 * matched
	 * @param occurredAt the event time
	 * @param textFields the UTF-8 bytes of the columns from {@code actor_id} to
	 * {@code legal_basis} in canonical order, {@code null} for SQL {@code NULL}
	 * @param details the {@code jsonb} text of the details, UTF-8
	 */
	record StoredLink(long sequence, byte[] previousHashHex, byte[] hashHex, byte[] id, Instant occurredAt,
			byte[][] textFields, byte[] details) {

	}

	/** Result of one walk over the chain. */
	static final class Walk {

		/** Links whose hashes were recomputed and matched before the first break. */
		long verified;

		/** The first sequence that failed, or {@code null} if none did. */
		Long firstBroken;

		/** A short code for the first problem, or {@code null}. */
		String reason;

		/** Lower-case hex hashes of the links at the requested checkpoint sequences. */
		final Map<Long, String> hashes = new HashMap<>();

		void fail(long sequence, String problem) {
			this.firstBroken = sequence;
			this.reason = problem;
		}

	}

}
