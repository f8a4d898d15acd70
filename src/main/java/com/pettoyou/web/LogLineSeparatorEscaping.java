package com.pettoyou.web;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Escapes the Unicode line separators U+0085, U+2028 and U+2029 in every string of a
 * structured log event. JSON allows them raw, so Spring Boot's JSON writer leaves them
 * alone, but many log readers treat them as line breaks, which would let a logged value
 * such as a User-Agent start a forged log line. Each one is written as the six characters
 * of its {@code \\uXXXX} escape; CR, LF and other control characters are already escaped
 * by the JSON writer. Registered with {@code logging.structured.json.customizer}.
 */
public class LogLineSeparatorEscaping implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(Members<Object> members) {
		members.applyingValueProcessor(ValueProcessor.of(String.class, LogLineSeparatorEscaping::escape));
	}

	static String escape(String value) {
		if (value == null || !containsSeparator(value)) {
			return value;
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isSeparator(c)) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static boolean containsSeparator(String value) {
		return value.chars().anyMatch((c) -> isSeparator((char) c));
	}

	private static boolean isSeparator(char c) {
		return c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

}
