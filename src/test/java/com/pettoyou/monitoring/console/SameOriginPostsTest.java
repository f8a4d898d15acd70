package com.pettoyou.monitoring.console;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginPostsTest {

	/**
	 * Each row: Sec-Fetch-Site, Origin ({@code -} when absent) and the expected result.
	 */
	@ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1} -> {2}")
	@CsvSource(nullValues = "-",
			value = { "same-origin, null, true", "same-origin, -, true",
					"same-origin, http://console.example:8080, true", "same-origin, https://attacker.example, false",
					"same-site, -, false", "cross-site, -, false", "none, -, false",
					"-, http://console.example:8080, true", "-, HTTP://CONSOLE.EXAMPLE:8080, true",
					"-, http://console.example, false", "-, http://console.example:8080.attacker.example, false",
					"-, https://attacker.example, false", "-, null, false", "-, not a uri, false", "-, -, false" })
	void postsFromOwnPagesOnly(String fetchSite, String origin, boolean expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/console/sign-in");
		request.addHeader("Host", "console.example:8080");
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		if (origin != null) {
			request.addHeader("Origin", origin);
		}

		assertThat(SameOriginPosts.isSameOrigin(request)).isEqualTo(expected);
	}

}
