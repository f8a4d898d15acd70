package com.pettoyou.documents.inspection;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupScannerTest {

	@ParameterizedTest
	@ValueSource(strings = { "<script>", "<SCRIPT src=x>", "x<html>", "<Body onload=x>", "<svg/onload=x>",
			"<svg\nxmlns=x>", "<iframe src=x>", "<object data=x>", "<embed src=x>", "<meta http-equiv=refresh>",
			"<!DOCTYPE html>", "<!doctype svg>", "<?php echo 1; ?>", "JavaScript:alert(1)" })
	void findsMarkup(String text) {
		assertThat(MarkupScanner.containsMarkup(bytes("\u0000\u00ff" + text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<svgx>", "<scrip>", "<html", "<htmlx>", "<bodyguard>", "javascript", "java script:",
			"<metadata>", "<objects>", "<embedded>", "< script>", "plain text", "" })
	void ignoresLookalikes(String text) {
		assertThat(MarkupScanner.containsMarkup(bytes(text))).isFalse();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
