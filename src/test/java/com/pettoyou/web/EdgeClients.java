package com.pettoyou.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;

import com.pettoyou.support.ApiClient;

/** Clients that appear to come from their own address through the trusted proxy. */
public final class EdgeClients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private EdgeClients() {
	}

	/**
	 * Returns a random address in the IPv6 documentation prefix 2001:db8::/32, in the
	 * canonical form that the server logs and stores.
	 */
	public static String newAddress() {
		String literal = String.format("2001:db8::%x:%x:%x", RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000),
				RANDOM.nextInt(0x10000));
		try {
			return InetAddress.getByName(literal).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Not an IP literal: " + literal, ex);
		}
	}

	/** Returns a copy of the client that sends {@code X-Forwarded-For: address}. */
	public static ApiClient from(ApiClient api, String address) {
		return api.withHeader("X-Forwarded-For", address);
	}

	/** Returns a copy of the client that comes from a new random address. */
	public static ApiClient fromNewAddress(ApiClient api) {
		return from(api, newAddress());
	}

}
