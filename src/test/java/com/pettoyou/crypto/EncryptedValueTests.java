package com.pettoyou.crypto;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EncryptedValueTests {

	@Test
	void fromBytesRejectsNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedValue.fromBytes(null))
			.withMessageContaining("null");
	}

	@Test
	void fromBytesRejectsShortValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedValue.fromBytes(new byte[32]))
			.withMessageContaining("32 bytes")
			.withMessageContaining("at least 33");
		assertThat(EncryptedValue.fromBytes(new byte[33]).toBytes()).hasSize(33);
	}

	@Test
	void fromBytesCopiesInput() {
		byte[] bytes = ciphertext(123456);
		EncryptedValue value = EncryptedValue.fromBytes(bytes);

		bytes[10] ^= 0x01;

		assertThat(value.toBytes()).isEqualTo(ciphertext(123456));
	}

	@Test
	void toBytesReturnsCopy() {
		EncryptedValue value = EncryptedValue.fromBytes(ciphertext(123456));

		value.toBytes()[10] ^= 0x01;

		assertThat(value.toBytes()).isEqualTo(ciphertext(123456));
	}

	@Test
	void keyIdReadFromPrefix() {
		assertThat(EncryptedValue.fromBytes(ciphertext(123456)).keyId()).isEqualTo(123456L);
	}

	@Test
	void keyIdIsUnsigned() {
		assertThat(EncryptedValue.fromBytes(ciphertext(0xFFFFFFFE)).keyId()).isEqualTo(4294967294L);
	}

	@Test
	void equalsAndHashCodeCompareBytes() {
		EncryptedValue value = EncryptedValue.fromBytes(ciphertext(7));
		EncryptedValue same = EncryptedValue.fromBytes(ciphertext(7));
		EncryptedValue other = EncryptedValue.fromBytes(ciphertext(8));

		assertThat(value).isEqualTo(same);
		assertThat(value).hasSameHashCodeAs(same);
		assertThat(value).isNotEqualTo(other);
	}

	@Test
	void toStringShowsOnlyKeyId() {
		byte[] bytes = ciphertext(123456);
		String text = EncryptedValue.fromBytes(bytes).toString();

		assertThat(text).isEqualTo("EncryptedValue[keyId=123456, redacted]");
		assertThat(text).doesNotContain(HexFormat.of().formatHex(bytes, 5, 10));
		assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(bytes).substring(8, 16));
	}

	/** Builds a value with the Tink prefix for the key id and a recognizable body. */
	private static byte[] ciphertext(int keyId) {
		byte[] bytes = new byte[40];
		bytes[0] = 0x01;
		bytes[1] = (byte) (keyId >>> 24);
		bytes[2] = (byte) (keyId >>> 16);
		bytes[3] = (byte) (keyId >>> 8);
		bytes[4] = (byte) keyId;
		for (int i = 5; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 7);
		}
		return bytes;
	}

}
