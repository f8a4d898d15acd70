package com.pettoyou.records.service;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No markup survives sanitizing, whatever its shape or escaping, while clinical text is
 * kept exactly.
 */
class ClinicalTextTest {

	/** An element, end tag, comment or declaration opener as a browser would parse it. */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]");

	private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\bon[a-z]+\\s*=");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			<script>alert("XSS")</script>Test diagnosis                                 | Test diagnosis
			<style>body{display:none}</style>Otitis externa                             | Otitis externa
			<noscript><p title="</noscript><img src=x onerror=alert(1)>">Dermatitis      | Dermatitis
			<img src=x onerror=alert(1)>Fever                                             | Fever
			<svg><script>alert(1)</script></svg>Cough                                    | Cough
			<svg/onload=alert(1)>Cough                                                   | Cough
			<iframe src="javascript:alert(1)"></iframe>Vomiting                          | Vomiting
			<a href="javascript:alert(1)">Lethargy</a>                                   | Lethargy
			<b>Otitis</b> <i>externa</i>                                                 | Otitis externa
			<<script>script>alert(1)<</script>/script>Limping                            | Limping
			&lt;script&gt;alert(1)&lt;/script&gt;Limping                                 | Limping
			&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Limping                 | Limping
			<scr<script>ipt>alert(1)</script>Limping                                     | ipt>alert(1)Limping
			<div style="background:url(javascript:alert(1))">Anaemia</div>              | Anaemia
			<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>Anaemia       | ''
			<!-- <script>alert(1)</script> -->Anaemia                                    | Anaemia
			<template><script>alert(1)</script></template>Anaemia                        | Anaemia
			<object data="data:text/html;base64,PHNjcmlwdD4=">Anaemia</object>           | ''
			<p unclosed Anaemia                                                          | ''
			""")
	void removesEveryElement(String input, String expected) {
		ClinicalText.Sanitized sanitized = ClinicalText.sanitize(input);

		assertThat(sanitized.stable()).isTrue();
		assertThat(sanitized.text().strip()).isEqualTo(expected);
		assertThat(sanitized.text()).doesNotContainPattern(MARKUP);
		assertThat(sanitized.text()).doesNotContainPattern(EVENT_HANDLER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Temp < 39.5 °C & HR > 120 bpm; owner said \"drop\" it", "WBC <5 x10^9/L; ALT > 3x normal",
			"Select diet: Hill's i/d, 1/2 can q12h", "Ear drops; drop table scraps from the diet",
			"Vomiting x3 since 2 a.m.; 'off food' per owner", "Line one\nLine two\tindented",
			"외이염 (좌측), 귀 세정 후 점이제 1일 2회", "Fracture union good; select follow-up in 6 wk",
			"Prednisolone 1 mg/kg -- taper over 2 weeks", "O'Brien's dog: weight 12.4 kg (prev. 12.9)" })
	void keepsClinicalTextExactly(String text) {
		ClinicalText.Sanitized sanitized = ClinicalText.sanitize(text);

		assertThat(sanitized.text()).isEqualTo(text);
		assertThat(sanitized.removedMarkup()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>x", "<svg onload=alert(1)>x", "<iframe src=x></iframe>x",
			"<style>x{}</style>x", "<noscript>x</noscript>" })
	void reportsScriptElements(String input) {
		assertThat(ClinicalText.sanitize(input).removedScript()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<b>x</b>", "<p>x</p>", "<i>x</i>" })
	void formattingIsNotScript(String input) {
		ClinicalText.Sanitized sanitized = ClinicalText.sanitize(input);

		assertThat(sanitized.removedMarkup()).isTrue();
		assertThat(sanitized.removedScript()).isFalse();
	}

	@Test
	void deeplyEscapedMarkupIsUnstable() {
		String text = "<script>x</script>";
		for (int i = 0; i < ClinicalText.MAX_PASSES + 1; i++) {
			text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		}

		assertThat(ClinicalText.sanitize(text).stable()).isFalse();
	}

}
