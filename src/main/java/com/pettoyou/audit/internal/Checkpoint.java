package com.pettoyou.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A signed statement that the chain's link {@code sequence} had hash {@code hash} at
 * {@code signedAt}.
 *
 * @param sequence the head's sequence when signed
 * @param hash the head's hash, lower-case hex
 * @param signedAt when it was signed
 * @param signature Ed25519 signature over {@link #signedBytes()}, or {@code null} before
 * signing
 */
record Checkpoint(long sequence, String hash, Instant signedAt, byte[] signature) {

	private static final byte[] LABEL = "pettoyou-audit-checkpoint-v1".getBytes(StandardCharsets.UTF_8);

	static Checkpoint unsigned(ChainLink head, Instant now) {
		return new Checkpoint(head.sequence(), HexFormat.of().formatHex(head.hash()), now, null);
	}

	Checkpoint withSignature(byte[] value) {
		return new Checkpoint(sequence, hash, signedAt, value);
	}

	/**
	 * Returns the bytes that the signature covers: a label, the sequence, the hash and
	 * the time, each length-prefixed.
	 */
	byte[] signedBytes() {
		byte[][] fields = { LABEL, Long.toString(sequence).getBytes(StandardCharsets.UTF_8),
				hash.getBytes(StandardCharsets.UTF_8),
				ChainHashes.formatInstant(signedAt).getBytes(StandardCharsets.UTF_8) };
		int length = 0;
		for (byte[] field : fields) {
			length += Integer.BYTES + field.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		for (byte[] field : fields) {
			buffer.putInt(field.length).put(field);
		}
		return buffer.array();
	}

}
