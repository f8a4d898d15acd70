package com.pettoyou.documents.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an uploaded file may be stored, and what is stored. The checks run in
 * this order, and the first that fails rejects the file:
 * <ol>
 * <li>The file is not empty.</li>
 * <li>The file name ends with {@code .pdf}, {@code .jpg}, {@code .jpeg} or {@code .png},
 * compared without regard to case.</li>
 * <li>Apache Tika's magic-byte detection, given the bytes alone (not the name and not the
 * client's {@code Content-Type}), finds the type that the extension names. Content of
 * another allowed type is a mismatch, and content of any other type, such as HTML, SVG,
 * DjVu, GIF or a script, is disguised.</li>
 * <li>The bytes contain no HTML, SVG or script markup anywhere, as described in
 * {@link MarkupScanner}, so a polyglot that starts like an image or a PDF fails.</li>
 * <li>A PDF passes {@link PdfInspector}: no JavaScript, automatic or launch actions,
 * embedded files, encryption or data after the end.</li>
 * <li>A JPEG or PNG decodes with the JDK's decoder for that type, has at most the
 * configured number of pixels, and is re-encoded by {@link ImageReencoder}; the
 * re-encoded bytes are what is stored.</li>
 * </ol>
 */
public class UploadInspector {

	private static final MimeTypes TIKA_TYPES = MimeTypes.getDefaultMimeTypes();

	private final ImageReencoder images;

	/**
	 * Creates the inspector.
	 * @param maxImagePixels the largest width times height accepted for an image
	 */
	public UploadInspector(long maxImagePixels) {
		if (maxImagePixels < 1) {
			throw new IllegalArgumentException("The maximum image pixels must be positive, got " + maxImagePixels);
		}
		this.images = new ImageReencoder(maxImagePixels);
	}

	/**
	 * Checks an upload and returns what to store.
	 * @param fileName the sanitized file name, as {@link FileNames#sanitize} returns it
	 * @param content the uploaded bytes
	 * @return the type and the bytes to store: the upload itself for a PDF, the
	 * re-encoded image for a JPEG or PNG
	 * @throws UploadRejectedException if a check fails
	 */
	public InspectedUpload inspect(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new UploadRejectedException(RejectionReason.EMPTY_FILE);
		}
		DocumentType type = DocumentType.forFileName(fileName)
			.orElseThrow(() -> new UploadRejectedException(RejectionReason.EXTENSION_NOT_ALLOWED));
		checkDetectedType(type, content);
		if (MarkupScanner.containsMarkup(content)) {
			throw new UploadRejectedException(RejectionReason.EMBEDDED_MARKUP);
		}
		if (type == DocumentType.PDF) {
			PdfInspector.inspect(content);
			return new InspectedUpload(type, content);
		}
		return new InspectedUpload(type, images.reencode(content, type));
	}

	private static void checkDetectedType(DocumentType expected, byte[] content) {
		MediaType detected = detect(content);
		MediaTypeRegistry registry = TIKA_TYPES.getMediaTypeRegistry();
		MediaType allowed = MediaType.parse(expected.mediaType());
		if (registry.isInstanceOf(detected, allowed)) {
			return;
		}
		boolean otherAllowedType = DocumentType.forMediaType(detected.getBaseType().toString()).isPresent();
		throw new UploadRejectedException(
				otherAllowedType ? RejectionReason.TYPE_MISMATCH : RejectionReason.DISGUISED_CONTENT);
	}

	/**
	 * Returns Tika's type for the bytes; an empty {@link Metadata} gives it no name hint.
	 */
	static MediaType detect(byte[] content) {
		try {
			return TIKA_TYPES.detect(new ByteArrayInputStream(content), new Metadata());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading an in-memory upload failed", ex);
		}
	}

	/**
	 * An accepted upload.
	 *
	 * @param type the file type
	 * @param content the bytes to store
	 */
	public record InspectedUpload(DocumentType type, byte[] content) {

		@Override
		public String toString() {
			return "InspectedUpload[type=" + type + ", size=" + content.length + "]";
		}

	}

}
