package com.pettoyou.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authentication backed by a live server-side session. Its authorities are the
 * permissions of the role stored in the session, plus {@code ROLE_<name>}. A restricted
 * session, opened with a one-time password, has no permission until the password is
 * changed.
 */
public final class SessionAuthenticationToken extends AbstractAuthenticationToken {

	private final AuthenticatedAccount account;

	public SessionAuthenticationToken(AuthenticatedAccount account) {
		super(account.restricted() ? List.of() : authoritiesOf(account.role()));
		this.account = account;
		setAuthenticated(true);
	}

	@Override
	public AuthenticatedAccount getPrincipal() {
		return account;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return account.accountId().toString();
	}

	private static List<GrantedAuthority> authoritiesOf(Role role) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Permission permission : role.permissions()) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		return authorities;
	}

}
