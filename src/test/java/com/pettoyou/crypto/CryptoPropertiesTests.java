package com.pettoyou.crypto;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CryptoPropertiesTests {

	@Test
	void decodeMasterKeyAccepts32Bytes() {
		String key = TestKeys.randomMasterKey(32);

		assertThat(CryptoProperties.decodeMasterKey(key)).isEqualTo(Base64.getDecoder().decode(key));
	}

	@Test
	void decodeMasterKeyIgnoresSurroundingWhitespace() {
		String key = TestKeys.randomMasterKey(32);

		assertThat(CryptoProperties.decodeMasterKey(" " + key + "\n")).hasSize(32);
	}

	@Test
	void decodeMasterKeyRejects16Bytes() {
		String key = TestKeys.randomMasterKey(16);

		assertThatIllegalArgumentException().isThrownBy(() -> CryptoProperties.decodeMasterKey(key))
			.withMessageContaining("pettoyou.crypto.master-key")
			.withMessageContaining("exactly 32 bytes")
			.withMessageContaining("decodes to 16 bytes")
			.withMessageNotContaining(key);
	}

	@Test
	void decodeMasterKeyRejects64Bytes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CryptoProperties.decodeMasterKey(TestKeys.randomMasterKey(64)))
			.withMessageContaining("decodes to 64 bytes");
	}

	@Test
	void decodeMasterKeyRejectsInvalidBase64() {
		String key = "not base64 at all!" + TestKeys.randomMasterKey(32);

		assertThatIllegalArgumentException().isThrownBy(() -> CryptoProperties.decodeMasterKey(key))
			.withMessageContaining("pettoyou.crypto.master-key is not valid standard base64")
			.withMessageNotContaining(key)
			.withNoCause();
	}

	@Test
	void decodeMasterKeyRejectsMissingValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> CryptoProperties.decodeMasterKey(null))
			.withMessageContaining("pettoyou.crypto.master-key is missing");
		assertThatIllegalArgumentException().isThrownBy(() -> CryptoProperties.decodeMasterKey("  "))
			.withMessageContaining("pettoyou.crypto.master-key is missing");
	}

	@Test
	void toStringRedactsMasterKey() {
		String key = TestKeys.randomMasterKey(32);

		String text = new CryptoProperties(key).toString();

		assertThat(text).isEqualTo("CryptoProperties[masterKey=redacted]");
		assertThat(text).doesNotContain(key.substring(0, 8));
	}

}
