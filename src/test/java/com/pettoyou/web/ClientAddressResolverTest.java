package com.pettoyou.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTest {

	final ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8", "2001:db8:ffff::/48"));

	@Test
	void untrustedPeerIgnoresHeader() {
		assertThat(resolve("192.0.2.10", "203.0.113.5")).isEqualTo("192.0.2.10");
	}

	@Test
	void trustedPeerUsesForwardedAddress() {
		assertThat(resolve("10.1.2.3", "203.0.113.5")).isEqualTo("203.0.113.5");
	}

	@Test
	void walkSkipsTrustedHops() {
		assertThat(resolve("10.1.2.3", "198.51.100.1, 203.0.113.5, 10.9.9.9")).isEqualTo("203.0.113.5");
	}

	@Test
	void walkReadsEveryHeaderLine() {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader("X-Forwarded-For", "198.51.100.1");
		request.addHeader("X-Forwarded-For", "203.0.113.5");

		assertThat(resolver.resolve(request)).isEqualTo("203.0.113.5");
	}

	@Test
	void allTrustedHopsGiveLeftmost() {
		assertThat(resolve("10.1.2.3", "10.4.4.4, 10.5.5.5")).isEqualTo("10.4.4.4");
	}

	@Test
	void malformedHopStopsAtTrustedHop() {
		assertThat(resolve("10.1.2.3", "203.0.113.5, evil.example, 10.5.5.5")).isEqualTo("10.5.5.5");
	}

	@Test
	void hostNameIsNeverResolved() {
		assertThat(resolve("10.1.2.3", "localhost")).isEqualTo("10.1.2.3");
	}

	@Test
	void missingHeaderGivesPeer() {
		assertThat(resolver.resolve(request("10.1.2.3"))).isEqualTo("10.1.2.3");
	}

	@Test
	void ipv6IsCanonical() {
		assertThat(resolve("2001:db8:ffff::1", "2001:DB8::0:1")).isEqualTo("2001:db8:0:0:0:0:0:1");
	}

	@Test
	void peerWithoutProxiesIsCanonical() {
		ClientAddressResolver noProxies = new ClientAddressResolver(List.of());

		assertThat(noProxies.resolve(request("::1"))).isEqualTo("0:0:0:0:0:0:0:1");
	}

	@Test
	void invalidNetworkIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressResolver(List.of("proxy.example")));
	}

	private String resolve(String peer, String forwardedFor) {
		MockHttpServletRequest request = request(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return resolver.resolve(request);
	}

	private static MockHttpServletRequest request(String peer) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
		request.setRemoteAddr(peer);
		return request;
	}

}
