package com.pettoyou.documents.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.pettoyou.common.LogKeys;
import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.ContentEncryptor;
import com.pettoyou.crypto.DecryptionFailedException;

/**
 * The encrypted files of documents: one file per document in the configured folder, named
 * by the document id alone, so no part of the client's file name reaches the file system.
 * Content is encrypted with AES-256-GCM bound to table {@code document}, column
 * {@code content} and the document id, so a file renamed to another document's id fails
 * to decrypt. A file is written under a temporary name, flushed to disk and then moved
 * into place, so readers never see a partial file. On POSIX file systems a new folder
 * gets mode 700 and each file mode 600.
 */
@Component
class DocumentStore {

	private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

	private static final String DIRECTORY_PERMISSIONS = "rwx------";

	private static final String FILE_PERMISSIONS = "rw-------";

	private final Path directory;

	private final ContentEncryptor encryptor;

	DocumentStore(DocumentProperties properties, ContentEncryptor encryptor) {
		this.directory = properties.directory().toAbsolutePath().normalize();
		this.encryptor = encryptor;
		createDirectory();
	}

	/** Encrypts the content and writes it as the document's file. */
	void write(UUID id, byte[] plaintext) {
		byte[] ciphertext = encryptor.encrypt(plaintext, binding(id));
		Path partial = directory.resolve(id + ".partial");
		try {
			writeNewFile(partial, ciphertext);
			Files.move(partial, pathOf(id), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(id, partial);
			throw new UncheckedIOException("Writing the file of document " + id + " failed", ex);
		}
	}

	/**
	 * Reads and decrypts the document's file.
	 * @throws DecryptionFailedException if the file was changed, truncated or belongs to
	 * another document
	 * @throws UncheckedIOException if the file is missing or unreadable
	 */
	byte[] read(UUID id) {
		byte[] ciphertext;
		try {
			ciphertext = Files.readAllBytes(pathOf(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the file of document " + id + " failed", ex);
		}
		return encryptor.decrypt(ciphertext, binding(id));
	}

	/**
	 * Deletes the document's file, for an upload whose metadata could not be stored. A
	 * failure is logged, because the upload fails either way.
	 */
	void delete(UUID id) {
		deleteQuietly(id, pathOf(id));
	}

	/** Returns the path of the document's file. */
	Path pathOf(UUID id) {
		return directory.resolve(id.toString());
	}

	private void createDirectory() {
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, ownerOnly(DIRECTORY_PERMISSIONS));
			}
		}
		catch (FileAlreadyExistsException ex) {
			throw new IllegalStateException("pettoyou.documents.directory names a file, not a folder: " + directory,
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Creating the document folder " + directory + " failed", ex);
		}
		if (!Files.isWritable(directory)) {
			throw new IllegalStateException("The document folder " + directory + " is not writable");
		}
	}

	private void writeNewFile(Path path, byte[] bytes) throws IOException {
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try (FileChannel channel = FileChannel.open(path, options, ownerOnly(FILE_PERMISSIONS))) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/** Returns the POSIX permissions attribute, or none on a file system without them. */
	private FileAttribute<?>[] ownerOnly(String permissions) {
		if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
	}

	private static void deleteQuietly(UUID id, Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.atWarn()
				.setCause(ex)
				.addKeyValue(LogKeys.DOCUMENT_ID, id)
				.log("Deleting the file of a failed document upload failed");
		}
	}

	private static AssociatedData binding(UUID id) {
		return new AssociatedData("document", "content", id);
	}

}
