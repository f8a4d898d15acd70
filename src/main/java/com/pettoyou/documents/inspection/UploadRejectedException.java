package com.pettoyou.documents.inspection;

/**
 * Thrown when an uploaded file fails a check. The message names the reason only, never
 * the file name or content.
 */
public class UploadRejectedException extends RuntimeException {

	private final RejectionReason reason;

	UploadRejectedException(RejectionReason reason) {
		super("Upload rejected: " + reason.code(), null, false, false);
		this.reason = reason;
	}

	public RejectionReason reason() {
		return reason;
	}

}
