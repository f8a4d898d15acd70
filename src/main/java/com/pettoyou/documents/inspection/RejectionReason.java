package com.pettoyou.documents.inspection;

/**
 * Reason for rejecting an upload. Reasons that point to a file built to deceive a type
 * check are suspicious: they raise a security event, and the client gets a generic code
 * for them so that it cannot learn which check caught the file.
 */
public enum RejectionReason {

	/** The file has no bytes. */
	EMPTY_FILE("empty_file", false),

	/** The file name does not end with .pdf, .jpg, .jpeg or .png. */
	EXTENSION_NOT_ALLOWED("extension_not_allowed", false),

	/** The content is an allowed type, but not the one that the extension names. */
	TYPE_MISMATCH("type_mismatch", false),

	/** The content is of a type outside the allow-list under an allowed extension. */
	DISGUISED_CONTENT("disguised_content", true),

	/** The content carries HTML, SVG or script markup, as a polyglot file does. */
	EMBEDDED_MARKUP("embedded_markup", true),

	/** The PDF has JavaScript, an automatic action, a launch action or embedded files. */
	PDF_ACTIVE_CONTENT("pdf_active_content", true),

	/** The PDF carries data after its last end-of-file marker. */
	PDF_TRAILING_DATA("pdf_trailing_data", true),

	/** The PDF's object streams inflate to more than the inspection limit. */
	PDF_INFLATION_LIMIT("pdf_inflation_limit", true),

	/** The PDF is encrypted, so its objects cannot be inspected. */
	PDF_ENCRYPTED("pdf_encrypted", false),

	/** An object stream of the PDF uses a filter other than Flate. */
	PDF_UNSUPPORTED_FILTER("pdf_unsupported_filter", false),

	/** The PDF's syntax could not be read to the end. */
	PDF_MALFORMED("pdf_malformed", false),

	/** The image does not decode as the type its extension names. */
	UNDECODABLE_IMAGE("undecodable_image", false),

	/** The image has more pixels than the configured maximum. */
	IMAGE_TOO_LARGE("image_too_large", false);

	private final String code;

	private final boolean suspicious;

	RejectionReason(String code, boolean suspicious) {
		this.code = code;
		this.suspicious = suspicious;
	}

	/** Returns the lower-case code recorded in the audit trail. */
	public String code() {
		return code;
	}

	/** Returns whether the file looks built to pass a type check it should fail. */
	public boolean suspicious() {
		return suspicious;
	}

}
