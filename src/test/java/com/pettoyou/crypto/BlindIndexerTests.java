package com.pettoyou.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.prf.HmacPrfKey;
import org.junit.jupiter.api.Test;

import com.pettoyou.crypto.internal.KeyPurpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class BlindIndexerTests {

	private final KeysetHandle keyset = TestKeys.generate(KeyPurpose.BLIND_INDEX);

	private final BlindIndexer indexer = TestKeys.blindIndexer(this.keyset);

	@Test
	void indexIs32Bytes() {
		assertThat(this.indexer.index("email", "owner@example.com")).hasSize(BlindIndexer.INDEX_LENGTH).hasSize(32);
	}

	@Test
	void indexIsDeterministicForEqualInput() {
		byte[] first = this.indexer.index("email", "owner@example.com");
		byte[] second = this.indexer.index("email", "owner@example.com");

		assertThat(first).isEqualTo(second);
	}

	@Test
	void indexDiffersBetweenFields() {
		byte[] email = this.indexer.index("email", "01012345678");
		byte[] phone = this.indexer.index("phone", "01012345678");

		assertThat(email).isNotEqualTo(phone);
	}

	@Test
	void indexDiffersBetweenValues() {
		byte[] first = this.indexer.index("email", "owner@example.com");
		byte[] second = this.indexer.index("email", "Owner@example.com");

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void indexSeparatesFieldFromValue() {
		assertThat(this.indexer.index("ab", "c")).isNotEqualTo(this.indexer.index("a", "bc"));
	}

	@Test
	void indexDiffersUnderAnotherKeyset() {
		BlindIndexer other = TestKeys.blindIndexer(TestKeys.generate(KeyPurpose.BLIND_INDEX));

		assertThat(other.index("email", "owner@example.com"))
			.isNotEqualTo(this.indexer.index("email", "owner@example.com"));
	}

	@Test
	void indexMatchesPlainHmacSha256() throws Exception {
		HmacPrfKey key = (HmacPrfKey) this.keyset.getPrimary().getKey();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()), "HmacSHA256"));

		byte[] expected = mac.doFinal(encoding("email", "owner@example.com"));

		assertThat(this.indexer.index("email", "owner@example.com")).isEqualTo(expected);
	}

	@Test
	void emptyValueAllowed() {
		assertThat(this.indexer.index("email", "")).isNotEqualTo(this.indexer.index("phone", ""));
	}

	@Test
	void nullArgumentsRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.indexer.index(null, "value"))
			.withMessageContaining("field");
		assertThatNullPointerException().isThrownBy(() -> this.indexer.index("email", null))
			.withMessageContaining("canonicalValue");
	}

	@Test
	void blankFieldRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.indexer.index(" ", "value"))
			.withMessageContaining("field");
	}

	private static byte[] encoding(String field, String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(1);
		for (String part : new String[] { field, value }) {
			byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
			out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
			out.writeBytes(utf8);
		}
		return out.toByteArray();
	}

}
