package com.pettoyou.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs checkpoints with Ed25519 and keeps them as small JSON files in a directory
 * outside PostgreSQL, one file per checkpoint named after its zero-padded sequence and
 * time, so that a name sort is a sequence sort.
 * <p>
 * The directory is only as safe as the place it lives: copy it to storage that the
 * database's administrators cannot rewrite, such as a write-once bucket.
 */
class CheckpointStore {

	private static final Logger log = LoggerFactory.getLogger(CheckpointStore.class);

	private static final String PREFIX = "checkpoint-";

	private static final String SUFFIX = ".json";

	private final Path directory;

	private final Ed25519Sign signer;

	private final Ed25519Verify verifier;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Creates the store.
	 * @param directory the folder for checkpoint files, created on first write
	 * @param privateKey the 32-byte Ed25519 private key (seed); this constructor does not
	 * keep the array
	 * @throws IllegalArgumentException if the key is not 32 bytes long
	 */
	CheckpointStore(Path directory, byte[] privateKey) {
		if (privateKey.length != Ed25519Sign.SECRET_KEY_LEN) {
			throw new IllegalArgumentException("pettoyou.audit.checkpoint-signing-key must be the base64 encoding of "
					+ Ed25519Sign.SECRET_KEY_LEN + " bytes, but it decodes to " + privateKey.length + " bytes");
		}
		this.directory = directory;
		try {
			Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(privateKey);
			this.signer = new Ed25519Sign(pair.getPrivateKey());
			this.verifier = new Ed25519Verify(pair.getPublicKey());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Creating the Ed25519 checkpoint key failed", ex);
		}
	}

	/** Signs a checkpoint for the given head and writes it as a new file. */
	Checkpoint write(ChainLink head, Instant now) {
		Checkpoint unsigned = Checkpoint.unsigned(head, now);
		Checkpoint signed;
		try {
			signed = unsigned.withSignature(this.signer.sign(unsigned.signedBytes()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing the audit checkpoint at sequence " + head.sequence() + " failed",
					ex);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", 1);
		body.put("sequence", signed.sequence());
		body.put("hash", signed.hash());
		body.put("signedAt", ChainHashes.formatInstant(signed.signedAt()));
		body.put("signature", Base64.getEncoder().encodeToString(signed.signature()));
		String name = String.format("%s%020d-%d%s", PREFIX, signed.sequence(), now.toEpochMilli(), SUFFIX);
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, "writing-", ".tmp");
			Files.writeString(temporary, this.json.writeValueAsString(body));
			moveIntoPlace(temporary, this.directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing audit checkpoint " + this.directory.resolve(name) + " failed", ex);
		}
		return signed;
	}

	/**
	 * Reads the newest checkpoint files, oldest of them first. A file that cannot be
	 * parsed or whose signature does not verify is returned as an invalid entry.
	 * @param count how many of the newest files to read
	 */
	List<StoredCheckpoint> newest(int count) {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.directory, PREFIX + "*" + SUFFIX)) {
			stream.forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Listing audit checkpoints in " + this.directory + " failed", ex);
		}
		files.sort(Comparator.comparing((Path file) -> file.getFileName().toString()));
		List<Path> newest = files.subList(Math.max(0, files.size() - count), files.size());
		return newest.stream().map(this::read).toList();
	}

	private StoredCheckpoint read(Path file) {
		Optional<Checkpoint> parsed = parse(file);
		if (parsed.isEmpty()) {
			return new StoredCheckpoint(file, null, false);
		}
		Checkpoint checkpoint = parsed.get();
		try {
			this.verifier.verify(checkpoint.signature(), checkpoint.signedBytes());
			return new StoredCheckpoint(file, checkpoint, true);
		}
		catch (GeneralSecurityException ex) {
			log.error("Audit checkpoint {} has an invalid signature", file);
			return new StoredCheckpoint(file, checkpoint, false);
		}
	}

	private Optional<Checkpoint> parse(Path file) {
		try {
			JsonNode node = this.json.readTree(Files.readString(file));
			return Optional.of(new Checkpoint(node.required("sequence").asLong(), node.required("hash").asString(),
					Instant.parse(node.required("signedAt").asString()),
					Base64.getDecoder().decode(node.required("signature").asString())));
		}
		catch (IOException ex) {
			log.error("Reading audit checkpoint {} failed", file, ex);
			return Optional.empty();
		}
		catch (JacksonException | IllegalArgumentException | java.time.DateTimeException ex) {
			log.error("Audit checkpoint {} is not a valid checkpoint file: {}", file, ex.getMessage());
			return Optional.empty();
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, target);
		}
	}

	/**
	 * One checkpoint file as read.
	 *
	 * @param file where it was read from
	 * @param checkpoint its content, or {@code null} if the file could not be parsed
	 * @param signatureValid whether the signature verified under the configured key
	 */
	record StoredCheckpoint(Path file, Checkpoint checkpoint, boolean signatureValid) {

	}

}
