package com.pettoyou.crypto;

public final class EncryptedValue {

	private final byte[] bytes;

	private EncryptedValue(byte[] bytes) {
		this.bytes = bytes.clone();
	}

	public static EncryptedValue fromBytes(byte[] bytes) {
		return new EncryptedValue(bytes);
	}

	public byte[] toBytes() {
		return bytes.clone();
	}

	@Override
	public String toString() {
		return "EncryptedValue[redacted]";
	}

}
