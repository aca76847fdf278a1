package io.cyclewise.user.internal;

import io.cyclewise.user.account.AppUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads sign-in data from PostgreSQL; the username in the session is the stable key other modules store. */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.authorities(user.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}
}
