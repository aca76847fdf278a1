package io.cyclewise.user.internal;

import java.util.EnumSet;
import java.util.Set;

import io.cyclewise.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to add a person. */
public class NewUserForm {

	@NotBlank(message = "{user.username.required}")
	@Size(max = 60, message = "{user.username.tooLong}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.characters}")
	private String username;

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 120, message = "{user.displayName.tooLong}")
	private String displayName;

	/** Length, common passwords and patterns: {@link PasswordPolicy}, checked by the controller with the username. */
	@NotBlank(message = "{user.password.required}")
	private String password;

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}
}
