package io.cyclewise.user;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to add a person. */
public class NewUserForm {

	@NotBlank(message = "Enter a username.")
	@Size(max = 60, message = "A username has at most 60 characters.")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use letters, digits, dots, dashes and underscores only.")
	private String username;

	@NotBlank(message = "Enter the person's name.")
	@Size(max = 120, message = "A name has at most 120 characters.")
	private String displayName;

	/** Length, common passwords and patterns: {@link PasswordPolicy}, checked by the controller with the username. */
	@NotBlank(message = "Enter an initial password.")
	private String password;

	@NotEmpty(message = "Choose at least one role.")
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
