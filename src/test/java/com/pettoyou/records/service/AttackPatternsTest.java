package com.pettoyou.records.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack rule refuses unambiguous injection shapes and lets realistic clinical text
 * through, including text full of quotes, semicolons and SQL words.
 */
class AttackPatternsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			x'; DROP TABLE health_note; --                     | statement_after_quote
			x"); delete from account where 1=1                  | statement_after_quote
			a'; update account set role='PLATFORM_ADMIN'        | statement_after_quote
			'; SELECT password_hash FROM account                | statement_after_quote
			' OR 1=1                                            | tautology_after_quote
			admin' or 'a'='a                                    | tautology_after_quote
			" or ""="                                           | tautology_after_quote
			x') OR TRUE --                                      | tautology_after_quote
			admin'--                                            | comment_after_quote
			admin'/*                                            | comment_after_quote
			1 UNION SELECT email FROM account                   | union_select
			1 UNION/**/ALL/**/SELECT null                       | union_select
			1 ＵＮＩＯＮ ＳＥＬＥＣＴ 1                              | union_select
			(select pg_sleep(5))                                | database_function
			1;select sleep(5)                                   | database_function
			'; waitfor delay '0:0:5'                            | database_function
			select load_file('/etc/passwd')                     | database_function
			${jndi:ldap://127.0.0.1/a}                          | expression_lookup
			${${::-j}ndi:rmi://127.0.0.1/a}                     | expression_lookup
			""")
	void injectionRejected(String text, String rule) {
		assertThat(AttackPatterns.inspect(text))
			.hasValueSatisfying((finding) -> assertThat(finding.rule()).isEqualTo(rule));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Owner reports the dog 'drops' food; select a softer diet.",
			"Ear drops; drop table scraps from the diet entirely.", "Eye drops OU q8h; drop to q12h after 5 days",
			"Fracture union progressing; select follow-up radiographs in 6 weeks.",
			"Non-union of the left radius. Select case for plate fixation.",
			"Vomiting or diarrhoea = call clinic; 'or' both = emergency visit",
			"Owner said \"no\"; update owner set for next visit", "Bloodwork: ALT 1=1 ratio? no, ALT/AST = 1.1",
			"Dose: 5 mg/kg; insert into ear canal gently; delete from schedule after 7 days",
			"Sleep (8 hours) normal; benchmark weight 12.4 kg", "Prednisolone 'as needed' -- taper over 2 weeks",
			"Client \"O'Brien\"; executes home care well", "Temp 39.5 °C; HR 120; RR 30; CRT < 2 s",
			"Grade 2/6 murmur; select echo. From tomorrow: pimobendan 0.25 mg/kg",
			"외이염 진단; 'select' 사료로 교체; drop 처방 중단", "Tablets: 1/2 tab PO BID; ${dose} not confirmed" })
	void acceptsClinicalText(String text) {
		assertThat(AttackPatterns.inspect(text)).isEmpty();
	}

}
