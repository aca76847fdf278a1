package io.cyclewise.user.internal;

import java.util.EnumSet;
import java.util.Set;

import io.cyclewise.user.EmailAddress;
import io.cyclewise.user.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** An administrator's change of one person's roles and access. */
public class UserRolesForm {

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	@EmailAddress
	private String email;

	@NotNull(message = "{user.form.incomplete}")
	private Long version;

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getEmail() {
		return email;
	}

	/** Spaces around a pasted address are not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
