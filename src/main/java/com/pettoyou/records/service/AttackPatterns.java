package com.pettoyou.records.service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises free text that is unambiguously an injection attempt. Every query of the
 * platform is parameterised, so such text could do no harm if stored. It is refused
 * because no clinician writes it, and its sender is probing the platform.
 * <p>
 * Clinical text legitimately contains quotes, semicolons, "select", "drop", "union", "or"
 * and equals signs, so no single word is a signal. A rule matches only a shape that needs
 * SQL or expression syntax to make sense:
 * <ul>
 * <li>{@code statement_after_quote}: a quote, optional closing parentheses and a
 * semicolon, then the start of a SQL statement ({@code drop table}, {@code delete from},
 * {@code insert into}, {@code update x set y =}, {@code select ... from},
 * {@code shutdown}, {@code exec(});</li>
 * <li>{@code tautology_after_quote}: a quote, then {@code or} or {@code and} and a
 * comparison of a value with itself ({@code ' or 1=1}, {@code ' or 'a'='a},
 * {@code ' or true});</li>
 * <li>{@code comment_after_quote}: a quote followed by a SQL comment opener that ends the
 * text ({@code admin'--}, {@code admin'/*});</li>
 * <li>{@code union_select}: {@code union select} with only spaces or inline comments
 * between the words;</li>
 * <li>{@code database_function}: a call of a database function that sleeps, reads files
 * or runs commands ({@code pg_sleep(}, {@code sleep(5)}, {@code waitfor delay '},
 * {@code load_file(}, {@code xp_cmdshell(} and similar);</li>
 * <li>{@code expression_lookup}: a lookup expression such as {@code ${jndi:} or a nested
 * {@code ${${}.</li>
 * </ul>
 * The text is examined after NFKC normalization and lower-casing, so full-width and
 * mixed-case spellings match too, and once more with inline {@code /* ... *&#47;}
 * comments replaced by a space. Markup is not judged here: it is removed by {@link
 * ClinicalText} and reported as a script attempt without refusing the text.
 */
public final class AttackPatterns {

	private static final String QUOTE = "['\"`]\\s*\\)*\\s*";

	private static final String STATEMENT = "(?:(?:drop|truncate|alter|create)\\s+(?:table|database|schema|user|role|function)\\b"
			+ "|delete\\s+from\\b|insert\\s+into\\b|update\\s+[\\w.\"]+\\s+set\\s+[\\w.\"]+\\s*=|select\\b[^;]{0,200}?\\bfrom\\b"
			+ "|shutdown\\b|exec(?:ute)?\\s*\\()";

	private static final List<Rule> RULES = List.of(
			new Rule("statement_after_quote", Category.SQL_INJECTION, Pattern.compile(QUOTE + ";\\s*" + STATEMENT)),
			new Rule("tautology_after_quote", Category.SQL_INJECTION, Pattern.compile(QUOTE
					+ "(?:or|and)\\s+(?:(\\d+)\\s*=\\s*\\1\\b|'([^']{0,20})'\\s*=\\s*'\\2|\"([^\"]{0,20})\"\\s*=\\s*\"\\3|true\\b)")),
			new Rule("comment_after_quote", Category.SQL_INJECTION, Pattern.compile(QUOTE + "(?:--|/\\*)\\s*$")),
			new Rule("union_select", Category.SQL_INJECTION,
					Pattern.compile("\\bunion(?:\\s+(?:all|distinct))?\\s+select\\b")),
			new Rule("database_function", Category.SQL_INJECTION, Pattern.compile(
					"\\b(?:pg_sleep|pg_read_file|pg_read_binary_file|pg_ls_dir|lo_import|lo_export|dblink|load_file"
							+ "|xp_cmdshell|dbms_pipe\\.receive_message|utl_http\\.request)\\s*\\("
							+ "|\\bwaitfor\\s+delay\\s+'|\\bsleep\\(\\d+\\)|\\bbenchmark\\(\\d+,")),
			new Rule("expression_lookup", Category.CODE_INJECTION, Pattern.compile("\\$\\{\\s*(?:\\$\\{|[a-z]+:)")));

	private static final Pattern INLINE_COMMENT = Pattern.compile("/\\*.{0,100}?\\*/", Pattern.DOTALL);

	private AttackPatterns() {
	}

	/**
	 * Returns the first rule that the text matches, or empty for text that may be
	 * clinical.
	 */
	public static Optional<Finding> inspect(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		String uncommented = INLINE_COMMENT.matcher(normalized).replaceAll(" ");
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(normalized).find() || rule.pattern().matcher(uncommented).find()) {
				return Optional.of(new Finding(rule.name(), rule.category()));
			}
		}
		return Optional.empty();
	}

	/** The kind of attack a rule recognises. */
	public enum Category {

		SQL_INJECTION, CODE_INJECTION

	}

	/**
	 * A matched rule.
	 *
	 * @param rule the rule's name, such as {@code union_select}
	 * @param category the kind of attack
	 */
	public record Finding(String rule, Category category) {
	}

	private record Rule(String name, Category category, Pattern pattern) {
	}

}
