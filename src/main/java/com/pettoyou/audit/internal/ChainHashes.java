package com.pettoyou.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hash of one chain link: SHA-256 over the previous link's hash followed by the canonical
 * form of the event and its sequence number.
 * <p>
 * The canonical form starts with a version label, then writes every field in a fixed
 * order. Each field is a presence byte (0 for SQL {@code NULL}, 1 otherwise) followed,
 * when present, by a 4-byte big-endian length and the UTF-8 bytes. The time is the UTC
 * instant with exactly six fraction digits, the precision of {@code timestamptz}. Only
 * instants after year 999,999,999, which the formatter cannot print, use
 * {@link Instant#toString()} instead. The details are JSON with object keys sorted by
 * their UTF-16 code units and no whitespace. Because every field carries its length, no
 * two different events encode to the same bytes.
 */
final class ChainHashes {

	/** Previous hash of the first link: 32 zero bytes. */
	static final byte[] GENESIS = new byte[32];

	static final int HASH_BYTES = 32;

	private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChainHashes() {
	}

	/**
	 * Computes the hash of a link.
	 * @param previousHash the hash of the link before, or {@link #GENESIS} for sequence 1
	 * @param sequence the link's position, from 1
	 * @param event the event as stored
	 * @return the 32-byte SHA-256 hash
	 */
	static byte[] hash(byte[] previousHash, long sequence, StoredAuditEvent event) {
		return write(new LinkHasher(), sequence, event).hash(previousHash);
	}

	/** Encodes the sequence and every field of the event in the canonical form. */
	static byte[] canonicalForm(long sequence, StoredAuditEvent event) {
		return write(new LinkHasher(), sequence, event).canonicalForm();
	}

	/**
	 * Writes the sequence and every field of the event, in the canonical order, into the
	 * hasher.
	 */
	static LinkHasher write(LinkHasher hasher, long sequence, StoredAuditEvent event) {
		return hasher.begin(sequence)
			.writeField(event.id().toString())
			.writeTime(event.occurredAt())
			.writeField((event.actorId() != null) ? event.actorId().toString() : null)
			.writeField(event.actorRole())
			.writeField(event.action())
			.writeField(event.resourceType())
			.writeField(event.resourceId())
			.writeField(event.outcome())
			.writeField(event.clientAddress())
			.writeField(event.userAgent())
			.writeField(event.correlationId())
			.writeField(event.purpose())
			.writeField(event.legalBasis())
			.writeDetails((event.details() != null) ? event.details().getBytes(StandardCharsets.UTF_8) : null);
	}

	/** Formats an instant as UTC with exactly six fraction digits. */
	static String formatInstant(Instant instant) {
		return MICROSECONDS.format(instant.truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Rewrites JSON text with object keys sorted and no whitespace.
	 * @return the canonical text, or {@code null} for {@code null}
	 */
	static String canonicalJson(String json) {
		if (json == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(json.length());
		appendCanonical(out, JSON.readTree(json));
		return out.toString();
	}

	private static void appendCanonical(StringBuilder out, JsonNode node) {
		if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
			properties.sort(Map.Entry.comparingByKey());
			out.append('{');
			for (int i = 0; i < properties.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(JSON.writeValueAsString(properties.get(i).getKey()));
				out.append(':');
				appendCanonical(out, properties.get(i).getValue());
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				appendCanonical(out, node.get(i));
			}
			out.append(']');
		}
		else {
			out.append(JSON.writeValueAsString(node));
		}
	}

}
