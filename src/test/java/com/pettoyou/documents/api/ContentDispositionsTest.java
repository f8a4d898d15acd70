package com.pettoyou.documents.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionsTest {

	@Test
	void asciiNameAppearsTwice() {
		assertThat(ContentDispositions.attachment("scan.pdf"))
			.isEqualTo("attachment; filename=\"scan.pdf\"; filename*=UTF-8''scan.pdf");
	}

	@Test
	void nonAsciiNameIsPercentEncoded() {
		assertThat(ContentDispositions.attachment("진단서 1.pdf"))
			.isEqualTo("attachment; filename=\"___ 1.pdf\"; filename*=UTF-8''%EC%A7%84%EB%8B%A8%EC%84%9C%201.pdf");
	}

	@Test
	void quotesAndBackslashesCannotEndTheParameter() {
		assertThat(ContentDispositions.attachment("a\"b\\c;d.pdf"))
			.isEqualTo("attachment; filename=\"a_b_c;d.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd.pdf");
	}

	@Test
	void controlCharactersNeverReachTheHeader() {
		String header = ContentDispositions.attachment("a\r\nSet-Cookie: x.pdf");

		assertThat(header).doesNotContain("\r").doesNotContain("\n");
	}

}
