package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

@Component
public class FieldEncryptor {

	public EncryptedValue encrypt(String plaintext, AssociatedData ad) {
		return EncryptedValue.fromBytes(plaintext.getBytes(StandardCharsets.UTF_8));
	}

	public String decrypt(EncryptedValue value, AssociatedData ad) {
		return new String(value.toBytes(), StandardCharsets.UTF_8);
	}

}
