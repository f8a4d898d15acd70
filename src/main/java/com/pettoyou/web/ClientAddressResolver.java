package com.pettoyou.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

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

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

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
	 * one. The patterns admit only literals, so the lookup never queries DNS.
	 */
	static String canonical(String value) {
		if (value == null
				|| !(IPV4.matcher(value).matches() || (value.contains(":") && IPV6.matcher(value).matches()))) {
			return null;
		}
		try {
			return InetAddress.getByName(value).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
