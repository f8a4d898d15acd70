package com.pettoyou.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Parses IPv4 and IPv6 address literals. Text that is not a literal is rejected by
 * pattern before {@link InetAddress} sees it, so parsing never looks a name up.
 */
public final class IpLiterals {

	private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

	private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private IpLiterals() {
	}

	/**
	 * Returns the address that the literal names, or {@code null} when the text is not
	 * one.
	 */
	public static InetAddress parse(String text) {
		if (text == null
				|| !(IPV4.matcher(text).matches() || (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()))) {
			return null;
		}
		try {
			return InetAddress.getByName(text);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
