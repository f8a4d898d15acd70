package com.pettoyou.identity;

/** The kind of client a session was created for; it decides the token audience. */
public enum ClientType {

	/** Apps that send {@code Authorization: Bearer}; audience {@code pettoyou-mobile}. */
	MOBILE("pettoyou-mobile"),

	/**
	 * Browsers that carry the token in the session cookie; audience {@code pettoyou-web}.
	 */
	WEB("pettoyou-web");

	private final String audience;

	ClientType(String audience) {
		this.audience = audience;
	}

	public String audience() {
		return audience;
	}

}
