package com.pettoyou.documents.inspection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file types that uploads may have: PDF, JPEG and PNG. */
public enum DocumentType {

	PDF("application/pdf", "pdf"),

	JPEG("image/jpeg", "jpg", "jpeg"),

	PNG("image/png", "png");

	private final String mediaType;

	private final List<String> extensions;

	DocumentType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/** Returns the media type served with documents of this type. */
	public String mediaType() {
		return mediaType;
	}

	/** Returns the lower-case file name extensions of this type, without the dot. */
	public List<String> extensions() {
		return extensions;
	}

	/**
	 * Returns the type whose extension the file name ends with, compared without regard
	 * to case, or empty when the name has no allowed extension.
	 */
	public static Optional<DocumentType> forFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((type) -> type.extensions.contains(extension)).findFirst();
	}

	/** Returns the type with this media type, or empty when uploads may not have it. */
	public static Optional<DocumentType> forMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equals(mediaType)).findFirst();
	}

}
