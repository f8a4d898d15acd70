package com.pettoyou.documents.inspection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", value = { "scan.pdf => scan.pdf", "'C:\\Users\\kim\\scan.pdf' => scan.pdf",
			"../../etc/passwd.png => passwd.png", "'  spaced   name .png ' => spaced name .png",
			"'inv\"oice<1>:*?|%;.pdf' => inv_oice_1_______.pdf", ".pdf => document.pdf", "...pdf => document.pdf",
			".hidden.pdf => hidden.pdf", "file.pdf... => file.pdf", "진단서 2026.pdf => 진단서 2026.pdf" })
	void sanitizes(String original, String expected) {
		assertThat(FileNames.sanitize(original)).isEqualTo(expected);
	}

	@Test
	void removesControlAndFormatCharacters() {
		assertThat(FileNames.sanitize("a\u0000b\u202Egnp.pdf")).isEqualTo("abgnp.pdf");
		assertThat(FileNames.sanitize("line\r\nbreak\t.pdf")).isEqualTo("line break .pdf");
		assertThat(FileNames.sanitize("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
		assertThat(FileNames.sanitize("private\uE000use.pdf")).isEqualTo("privateuse.pdf");
	}

	@Test
	void normalizesToComposedForm() {
		assertThat(FileNames.sanitize("e\u0301.pdf")).isEqualTo("\u00e9.pdf");
	}

	@Test
	void cutsLongNamesButKeepsExtension() {
		String sanitized = FileNames.sanitize("a".repeat(300) + ".jpeg");

		assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(sanitized).endsWith("a.jpeg");
	}

	@Test
	void countsCodePointsNotChars() {
		String emoji = "\uD83D\uDC36";
		String sanitized = FileNames.sanitize(emoji.repeat(200) + ".png");

		assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(sanitized).endsWith(emoji + ".png");
	}

	@Test
	void missingNameIsEmpty() {
		assertThat(FileNames.sanitize(null)).isEmpty();
		assertThat(FileNames.sanitize("")).isEmpty();
		assertThat(FileNames.sanitize("a/")).isEmpty();
	}

}
