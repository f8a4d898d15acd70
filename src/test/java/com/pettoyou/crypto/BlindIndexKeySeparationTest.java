package com.pettoyou.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.prf.HmacPrfKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.Keysets;
import com.pettoyou.crypto.internal.LengthPrefixedEncoding;
import com.pettoyou.identity.TokenProperties;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No key of the running application's {@code BLIND_INDEX} keyset equals a field
 * encryption key, an access token signing key or the CSRF key, so none of those keys
 * computes or checks a blind index. Failure messages name keys by id only, never by their
 * bytes.
 */
@IntegrationTest
class BlindIndexKeySeparationTest {

	private static final String FIELD = "email";

	private static final String VALUE = "owner@example.test";

	@Autowired
	Keysets keysets;

	@Autowired
	BlindIndexer indexer;

	@Autowired
	TokenProperties tokens;

	@Test
	void indexKeyDiffersFromOtherKeys() {
		Map<String, byte[]> indexKeys = indexKeys();
		Map<String, byte[]> otherKeys = new LinkedHashMap<>(fieldEncryptionKeys());
		this.tokens.keyring().forEach((kid, key) -> otherKeys.put("token signing key " + kid, key));
		otherKeys.put("CSRF key", this.tokens.csrfKeyBytes());

		assertThat(indexKeys).isNotEmpty();
		assertThat(otherKeys).hasSizeGreaterThanOrEqualTo(3);
		indexKeys.forEach((indexName, indexKey) -> otherKeys
			.forEach((otherName, otherKey) -> assertThat(MessageDigest.isEqual(indexKey, otherKey))
				.as("%s equals %s", indexName, otherName)
				.isFalse()));
	}

	@Test
	void keyIdsDifferBetweenPurposes() {
		List<Integer> indexIds = keyIds(KeyPurpose.BLIND_INDEX);
		List<Integer> encryptionIds = keyIds(KeyPurpose.FIELD_ENCRYPTION);

		assertThat(indexIds).isNotEmpty();
		assertThat(encryptionIds).isNotEmpty();
		assertThat(indexIds).doesNotContainAnyElementsOf(encryptionIds);
	}

	@Test
	void indexDiffersFromHmacUnderOtherKeys() throws GeneralSecurityException {
		byte[] input = LengthPrefixedEncoding.encode((byte) 1, FIELD, VALUE);
		byte[] index = this.indexer.index(FIELD, VALUE);
		byte[] primaryIndexKey = primaryIndexKey();

		// The same HMAC under the index key reproduces the index, so the mismatches below
		// come from the key alone and not from a different input encoding.
		assertThat(MessageDigest.isEqual(hmacSha256(primaryIndexKey, input), index))
			.as("HMAC-SHA256 under the primary blind index key equals the index")
			.isTrue();
		for (Map.Entry<String, byte[]> signingKey : this.tokens.keyring().entrySet()) {
			assertThat(MessageDigest.isEqual(hmacSha256(signingKey.getValue(), input), index))
				.as("HMAC-SHA256 under token signing key %s equals the index", signingKey.getKey())
				.isFalse();
		}
		for (Map.Entry<String, byte[]> encryptionKey : fieldEncryptionKeys().entrySet()) {
			assertThat(MessageDigest.isEqual(hmacSha256(encryptionKey.getValue(), input), index))
				.as("HMAC-SHA256 under %s equals the index", encryptionKey.getKey())
				.isFalse();
		}
	}

	private Map<String, byte[]> indexKeys() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		KeysetHandle handle = this.keysets.handle(KeyPurpose.BLIND_INDEX);
		for (int i = 0; i < handle.size(); i++) {
			HmacPrfKey key = (HmacPrfKey) handle.getAt(i).getKey();
			keys.put("blind index key " + Integer.toUnsignedString(handle.getAt(i).getId()),
					key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
		}
		return keys;
	}

	private byte[] primaryIndexKey() {
		HmacPrfKey key = (HmacPrfKey) this.keysets.handle(KeyPurpose.BLIND_INDEX).getPrimary().getKey();
		return key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
	}

	private Map<String, byte[]> fieldEncryptionKeys() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		KeysetHandle handle = this.keysets.handle(KeyPurpose.FIELD_ENCRYPTION);
		for (int i = 0; i < handle.size(); i++) {
			AesGcmKey key = (AesGcmKey) handle.getAt(i).getKey();
			keys.put("field encryption key " + Integer.toUnsignedString(handle.getAt(i).getId()),
					key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
		}
		return keys;
	}

	private List<Integer> keyIds(KeyPurpose purpose) {
		KeysetHandle handle = this.keysets.handle(purpose);
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < handle.size(); i++) {
			ids.add(handle.getAt(i).getId());
		}
		return ids;
	}

	private static byte[] hmacSha256(byte[] key, byte[] input) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(input);
	}

}
