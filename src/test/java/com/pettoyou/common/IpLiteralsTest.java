package com.pettoyou.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only address literals parse, so nothing is ever resolved by name. */
class IpLiteralsTest {

	@Test
	void literalsParse() {
		assertThat(IpLiterals.parse("203.0.113.255").getHostAddress()).isEqualTo("203.0.113.255");
		assertThat(IpLiterals.parse("0.0.0.0").getHostAddress()).isEqualTo("0.0.0.0");
		assertThat(IpLiterals.parse("2001:db8::1").getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
	}

	@Test
	void nonLiteralsAreRejected() {
		assertThat(IpLiterals.parse("999.1.1.1")).isNull();
		assertThat(IpLiterals.parse("256.0.0.1")).isNull();
		assertThat(IpLiterals.parse("01.2.3.4")).isNull();
		assertThat(IpLiterals.parse("example.test")).isNull();
		assertThat(IpLiterals.parse("localhost")).isNull();
		assertThat(IpLiterals.parse("")).isNull();
		assertThat(IpLiterals.parse(null)).isNull();
	}

}
