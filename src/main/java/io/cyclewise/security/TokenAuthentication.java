package io.cyclewise.security;

import java.util.Collection;

import io.cyclewise.token.TokenHolder;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A call made with a personal access token: the owner's name and current roles, and what the token may do. */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final TokenHolder holder;

	TokenAuthentication(TokenHolder holder, Collection<? extends GrantedAuthority> ownerRoles) {
		super(ownerRoles);
		this.holder = holder;
		setAuthenticated(true);
	}

	TokenHolder holder() {
		return holder;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return holder.owner();
	}

	@Override
	public String getName() {
		return holder.owner();
	}
}
