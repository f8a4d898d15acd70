package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.pettoyou.crypto.internal.KeyPurpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FieldEncryptorTests {

	private static final String CANARY = "CANARY-plaintext-5e1f-owner@example.com";

	private final KeysetHandle keyset = TestKeys.generate(KeyPurpose.FIELD_ENCRYPTION);

	private final FieldEncryptor encryptor = TestKeys.fieldEncryptor(this.keyset);

	private final AssociatedData binding = new AssociatedData("account", "email_encrypted", UUID.randomUUID());

	@ParameterizedTest
	@ValueSource(strings = { "", "a", CANARY, "반려동물 병원 🐶", "line\nbreak\u0000nul" })
	void roundTrip(String plaintext) {
		EncryptedValue value = this.encryptor.encrypt(plaintext, this.binding);

		assertThat(this.encryptor.decrypt(value, this.binding)).isEqualTo(plaintext);
	}

	@Test
	void roundTripThroughStoredBytes() {
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();

		assertThat(this.encryptor.decrypt(EncryptedValue.fromBytes(stored), this.binding)).isEqualTo(CANARY);
	}

	@Test
	void encryptWhenSameValueTwiceThenDifferentCiphertexts() {
		byte[] first = this.encryptor.encrypt(CANARY, this.binding).toBytes();
		byte[] second = this.encryptor.encrypt(CANARY, this.binding).toBytes();

		assertThat(first).isNotEqualTo(second);
		assertThat(nonce(first)).isNotEqualTo(nonce(second));
	}

	@Test
	void ciphertextDoesNotContainPlaintext() {
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();

		assertThat(Bytes.indexOf(stored, CANARY.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
		assertThat(Bytes.indexOf(stored, "owner@example".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
	}

	@Test
	void ciphertextStartsWithTinkPrefixOfPrimaryKey() {
		int primaryId = this.keyset.getPrimary().getId();
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();

		assertThat(stored[0]).isEqualTo((byte) 0x01);
		assertThat(Arrays.copyOfRange(stored, 1, 5)).isEqualTo(bigEndian(primaryId));
		assertThat(EncryptedValue.fromBytes(stored).keyId()).isEqualTo(Integer.toUnsignedLong(primaryId));
	}

	@Test
	void ciphertextIsPrefixNoncePlaintextAndTag() {
		int plaintextLength = CANARY.getBytes(StandardCharsets.UTF_8).length;

		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();

		assertThat(stored).hasSize(5 + 12 + plaintextLength + 16);
	}

	@Test
	void flippedByteAnywhereFailsDecryption() {
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();
		for (int i = 0; i < stored.length; i++) {
			byte[] tampered = stored.clone();
			tampered[i] ^= 0x01;
			EncryptedValue value = EncryptedValue.fromBytes(tampered);

			assertThatExceptionOfType(DecryptionFailedException.class).as("byte %d flipped", i)
				.isThrownBy(() -> this.encryptor.decrypt(value, this.binding));
		}
	}

	@Test
	void truncatedCiphertextFailsDecryption() {
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();
		EncryptedValue truncated = EncryptedValue.fromBytes(Arrays.copyOf(stored, stored.length - 1));

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(truncated, this.binding));
	}

	@Test
	void movedToAnotherColumnFailsDecryption() {
		EncryptedValue value = this.encryptor.encrypt(CANARY, this.binding);
		AssociatedData moved = new AssociatedData("account", "phone_encrypted", this.binding.rowId());

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(value, moved));
	}

	@Test
	void movedToAnotherTableFailsDecryption() {
		EncryptedValue value = this.encryptor.encrypt(CANARY, this.binding);
		AssociatedData moved = new AssociatedData("pet_owner", "email_encrypted", this.binding.rowId());

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(value, moved));
	}

	@Test
	void movedToAnotherRowFailsDecryption() {
		EncryptedValue value = this.encryptor.encrypt(CANARY, this.binding);
		AssociatedData moved = new AssociatedData("account", "email_encrypted", UUID.randomUUID());

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(value, moved));
	}

	@Test
	void otherKeysetFailsDecryption() {
		FieldEncryptor other = TestKeys.fieldEncryptor(TestKeys.generate(KeyPurpose.FIELD_ENCRYPTION));
		EncryptedValue value = this.encryptor.encrypt(CANARY, this.binding);

		assertThatExceptionOfType(DecryptionFailedException.class).isThrownBy(() -> other.decrypt(value, this.binding));
	}

	@Test
	void decryptionFailureMessageNamesBindingButNoSecrets() {
		byte[] stored = this.encryptor.encrypt(CANARY, this.binding).toBytes();
		stored[stored.length - 1] ^= 0x01;
		EncryptedValue tampered = EncryptedValue.fromBytes(stored);

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(tampered, this.binding))
			.withMessageContaining("account.email_encrypted")
			.withMessageContaining(this.binding.rowId().toString())
			.withMessageContaining("key id " + tampered.keyId())
			.withMessageNotContaining(CANARY)
			.withMessageNotContaining("owner@example");
	}

	@Test
	void olderKeyStillDecryptsAfterNewPrimaryKey() throws Exception {
		EncryptedValue old = this.encryptor.encrypt(CANARY, this.binding);
		KeysetHandle rotated = KeysetHandle.newBuilder(this.keyset)
			.addEntry(KeysetHandle.generateEntryFromParameters(KeyPurpose.FIELD_ENCRYPTION.parameters())
				.withRandomId()
				.makePrimary())
			.build();
		FieldEncryptor rotatedEncryptor = TestKeys.fieldEncryptor(rotated);

		EncryptedValue fresh = rotatedEncryptor.encrypt(CANARY, this.binding);

		assertThat(rotatedEncryptor.decrypt(old, this.binding)).isEqualTo(CANARY);
		assertThat(fresh.keyId()).isEqualTo(Integer.toUnsignedLong(rotated.getPrimary().getId()));
		assertThat(fresh.keyId()).isNotEqualTo(old.keyId());
	}

	@Test
	void nullPlaintextRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.encrypt(null, this.binding))
			.withMessageContaining("plaintext");
	}

	@Test
	void nullBindingRejected() {
		EncryptedValue value = this.encryptor.encrypt(CANARY, this.binding);

		assertThatNullPointerException().isThrownBy(() -> this.encryptor.encrypt(CANARY, null));
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.decrypt(value, null));
		assertThatNullPointerException().isThrownBy(() -> this.encryptor.decrypt(null, this.binding));
	}

	@Test
	void unpairedSurrogateRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.encryptor.encrypt("a\uD800b", this.binding))
			.withMessageContaining("unpaired surrogate")
			.withMessageNotContaining("a\uD800b");
	}

	private static byte[] nonce(byte[] stored) {
		return Arrays.copyOfRange(stored, EncryptedValue.PREFIX_LENGTH,
				EncryptedValue.PREFIX_LENGTH + EncryptedValue.NONCE_LENGTH);
	}

	private static byte[] bigEndian(int value) {
		return new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
	}

}
