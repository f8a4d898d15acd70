package com.pettoyou.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AssociatedDataTests {

	private static final UUID ROW = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

	@Test
	void toBytesIsVersionThenLengthPrefixedParts() {
		byte[] expected = expectedEncoding("account", "email_encrypted", ROW.toString());

		assertThat(new AssociatedData("account", "email_encrypted", ROW).toBytes()).isEqualTo(expected);
	}

	@Test
	void toBytesStartsWithVersionOne() {
		assertThat(new AssociatedData("account", "email_encrypted", ROW).toBytes()[0]).isEqualTo((byte) 1);
	}

	@Test
	void toBytesKeepsPartBoundaries() {
		byte[] first = new AssociatedData("ab", "c", ROW).toBytes();
		byte[] second = new AssociatedData("a", "bc", ROW).toBytes();

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void toBytesDiffersForEachPart() {
		byte[] base = new AssociatedData("account", "email_encrypted", ROW).toBytes();

		assertThat(new AssociatedData("pet", "email_encrypted", ROW).toBytes()).isNotEqualTo(base);
		assertThat(new AssociatedData("account", "phone_encrypted", ROW).toBytes()).isNotEqualTo(base);
		assertThat(new AssociatedData("account", "email_encrypted", UUID.randomUUID()).toBytes()).isNotEqualTo(base);
	}

	@Test
	void toBytesIsStableForEqualBindings() {
		AssociatedData first = new AssociatedData("account", "email_encrypted", ROW);
		AssociatedData second = new AssociatedData("account", "email_encrypted", UUID.fromString(ROW.toString()));

		assertThat(first.toBytes()).isEqualTo(second.toBytes());
	}

	@Test
	void nullPartsRejected() {
		assertThatNullPointerException().isThrownBy(() -> new AssociatedData(null, "column", ROW))
			.withMessageContaining("table");
		assertThatNullPointerException().isThrownBy(() -> new AssociatedData("table", null, ROW))
			.withMessageContaining("column");
		assertThatNullPointerException().isThrownBy(() -> new AssociatedData("table", "column", null))
			.withMessageContaining("rowId");
	}

	@Test
	void blankTableOrColumnRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AssociatedData(" ", "column", ROW))
			.withMessageContaining("table");
		assertThatIllegalArgumentException().isThrownBy(() -> new AssociatedData("table", "", ROW))
			.withMessageContaining("column");
	}

	private static byte[] expectedEncoding(String... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(1);
		for (String part : parts) {
			byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
			out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
			out.writeBytes(utf8);
		}
		return out.toByteArray();
	}

}
