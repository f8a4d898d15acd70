package com.pettoyou.crypto;

public class DecryptionFailedException extends RuntimeException {

	public DecryptionFailedException(String message) {
		super(message);
	}

}
