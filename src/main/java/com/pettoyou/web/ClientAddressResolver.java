package com.pettoyou.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import com.pettoyou.common.IpLiterals;

/**
 * Finds the client address of a request. {@code X-Forwarded-For} is read only when the
 * direct peer is a trusted proxy: its entries are walked from right to left, trusted hops
 * are skipped, and the first untrusted entry is the client. When every entry is trusted,
 * the leftmost one is used. An entry that is not an IP literal ends the walk at the
 * trusted hop that reported it. Addresses are returned in canonical form, so that one
 * client never gets two rate-limit buckets.
 */
final class ClientAddressResolver {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddressResolver(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
	}

	/** Returns the client address of the request in canonical form. */
	String resolve(HttpServletRequest request) {
		String peer = canonical(request.getRemoteAddr());
		if (peer == null) {
			return request.getRemoteAddr();
		}
		if (!isTrusted(peer)) {
			return peer;
		}
		String client = peer;
		List<String> hops = forwardedHops(request);
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = canonical(hops.get(i));
			if (hop == null) {
				return client;
			}
			client = hop;
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	private boolean isTrusted(String address) {
		return trustedProxies.stream().anyMatch((network) -> network.matches(address));
	}

	private static List<String> forwardedHops(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
		for (String header : (headers != null) ? Collections.list(headers) : List.<String>of()) {
			for (String hop : header.split(",")) {
				hops.add(hop.trim());
			}
		}
		return hops;
	}

	/**
	 * Returns the canonical text of an IP literal, or {@code null} when the value is not
	 * one.
	 */
	static String canonical(String value) {
		InetAddress address = IpLiterals.parse(value);
		return (address != null) ? address.getHostAddress() : null;
	}

}
