package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.Test;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.TinkRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ContentEncryptorTests {

	private static final byte[] CANARY = "%PDF-1.4 CANARY-content-7d2a".getBytes(StandardCharsets.US_ASCII);

	private final KeysetHandle keyset = TestKeys.generate(KeyPurpose.FIELD_ENCRYPTION);

	private final ContentEncryptor encryptor = contentEncryptor(this.keyset);

	private final AssociatedData binding = new AssociatedData("document", "content", UUID.randomUUID());

	@Test
	void roundTrip() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);

		assertThat(this.encryptor.decrypt(ciphertext, this.binding)).isEqualTo(CANARY);
	}

	@Test
	void roundTripOfEmptyContent() {
		byte[] ciphertext = this.encryptor.encrypt(new byte[0], this.binding);

		assertThat(ciphertext).hasSize(ContentEncryptor.OVERHEAD);
		assertThat(this.encryptor.decrypt(ciphertext, this.binding)).isEmpty();
	}

	@Test
	void ciphertextHasFixedOverheadAndNoPlaintext() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);

		assertThat(ciphertext).hasSize(CANARY.length + ContentEncryptor.OVERHEAD);
		assertThat(Bytes.indexOf(ciphertext, "CANARY".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
	}

	@Test
	void sameContentTwiceGivesDifferentCiphertexts() {
		byte[] first = this.encryptor.encrypt(CANARY, this.binding);
		byte[] second = this.encryptor.encrypt(CANARY, this.binding);

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void encryptLeavesCallersArrayUnchanged() {
		byte[] plaintext = CANARY.clone();

		this.encryptor.encrypt(plaintext, this.binding);

		assertThat(plaintext).isEqualTo(CANARY);
	}

	@Test
	void flippedByteFailsToDecrypt() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);
		for (int index : new int[] { 5, 20, ciphertext.length - 1 }) {
			byte[] tampered = ciphertext.clone();
			tampered[index] ^= 0x01;

			assertThatExceptionOfType(DecryptionFailedException.class).as("flipped byte " + index)
				.isThrownBy(() -> this.encryptor.decrypt(tampered, this.binding))
				.withMessageContaining("document.content");
		}
	}

	@Test
	void truncatedCiphertextFailsToDecrypt() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);

		for (int length : new int[] { 0, 3, ciphertext.length - 1 }) {
			byte[] truncated = Arrays.copyOf(ciphertext, length);
			assertThatExceptionOfType(DecryptionFailedException.class).as("length " + length)
				.isThrownBy(() -> this.encryptor.decrypt(truncated, this.binding));
		}
	}

	@Test
	void otherRowFailsToDecrypt() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);
		AssociatedData otherRow = new AssociatedData("document", "content", UUID.randomUUID());

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(ciphertext, otherRow))
			.withMessageContaining(otherRow.rowId().toString())
			.withMessageNotContaining("CANARY");
	}

	@Test
	void otherKeyFailsToDecrypt() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);
		ContentEncryptor other = contentEncryptor(TestKeys.generate(KeyPurpose.FIELD_ENCRYPTION));

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> other.decrypt(ciphertext, this.binding));
	}

	@Test
	void ciphertextNamesPrimaryKey() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);

		long primaryKeyId = Integer.toUnsignedLong(this.keyset.getPrimary().getId());
		assertThat(EncryptedValue.fromBytes(ciphertext).keyId()).isEqualTo(primaryKeyId);
	}

	@Test
	void nullArgumentsAreRejected() {
		byte[] ciphertext = this.encryptor.encrypt(CANARY, this.binding);

		assertThatNullPointerException().isThrownBy(() -> this.encryptor.encrypt(null, this.binding));
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.encrypt(CANARY, null));
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.decrypt(null, this.binding));
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.decrypt(ciphertext, null));
	}

	private static ContentEncryptor contentEncryptor(KeysetHandle keyset) {
		try {
			return new ContentEncryptor(keyset.getPrimitive(TinkRegistration.configuration(), Aead.class));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
