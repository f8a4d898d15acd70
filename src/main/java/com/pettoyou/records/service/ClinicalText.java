package com.pettoyou.records.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Turns clinical free text into plain text with the OWASP HTML sanitizer under a policy
 * that allows no element at all. Tags, comments and the content of {@code script} and
 * {@code style} elements are dropped; every other character of text is kept as written,
 * so quotes, ampersands, semicolons and a less-than sign before a number survive.
 * <p>
 * The sanitizer decodes character references in the text it keeps, so an escaped tag such
 * as {@code &lt;script&gt;} would come out as markup. The text is therefore sanitized
 * again until it no longer changes; what is stored and returned contains no element,
 * however many times it was escaped.
 */
public final class ClinicalText {

	/** Text that still changes after this many passes is rejected. */
	static final int MAX_PASSES = 5;

	private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

	/** Elements whose presence marks an attempt to run script rather than formatting. */
	private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
			"embed", "applet", "svg", "math", "base", "link", "meta", "form", "style", "noscript", "template");

	private ClinicalText() {
	}

	/**
	 * Sanitizes one value.
	 * @param raw the text as the client sent it
	 * @return the plain text and the names of the removed elements
	 */
	public static Sanitized sanitize(String raw) {
		Set<String> removed = new TreeSet<>();
		String current = raw;
		for (int pass = 0; pass < MAX_PASSES; pass++) {
			String next = textOf(current, removed);
			if (next.equals(current)) {
				return new Sanitized(next, Set.copyOf(removed), true);
			}
			current = next;
		}
		return new Sanitized(current, Set.copyOf(removed), false);
	}

	private static String textOf(String html, Set<String> removed) {
		StringBuilder text = new StringBuilder(html.length());
		HtmlStreamEventReceiver collector = new HtmlStreamEventReceiver() {

			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String elementName, List<String> attributes) {
			}

			@Override
			public void closeTag(String elementName) {
			}

			@Override
			public void text(String chunk) {
				text.append(chunk);
			}

		};
		HtmlChangeListener<Set<String>> listener = new HtmlChangeListener<>() {

			@Override
			public void discardedTag(Set<String> context, String elementName) {
				context.add(elementName.toLowerCase(Locale.ROOT));
			}

			@Override
			public void discardedAttributes(Set<String> context, String tagName, String... attributeNames) {
			}

		};
		HtmlSanitizer.sanitize(html, NO_MARKUP.apply(collector, listener, removed));
		return text.toString();
	}

	/**
	 * The outcome of sanitizing.
	 *
	 * @param text the plain text to store
	 * @param removedElements lower-case names of the elements that were dropped
	 * @param stable whether another pass would change nothing; {@code false} only for
	 * text escaped more than {@link #MAX_PASSES} times over
	 */
	public record Sanitized(String text, Set<String> removedElements, boolean stable) {

		/** Returns whether an element that runs script or loads content was removed. */
		public boolean removedScript() {
			return removedElements.stream().anyMatch(SCRIPT_ELEMENTS::contains);
		}

		/** Returns whether any markup was removed. */
		public boolean removedMarkup() {
			return !removedElements.isEmpty();
		}

		@Override
		public String toString() {
			return "Sanitized[removedElements=" + removedElements + ", stable=" + stable + "]";
		}

	}

}
