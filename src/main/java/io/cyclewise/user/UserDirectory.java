package io.cyclewise.user;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.internal.AppUserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user module's API for other modules: look people up, register them (hashing the password). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final AppUserRepository users;
	private final PasswordEncoder passwordEncoder;

	UserDirectory(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	public Optional<AppUser> findByUsername(String username) {
		return username == null ? Optional.empty() : users.findByUsernameIgnoreCase(username);
	}

	public Optional<AppUser> findById(Long id) {
		return id == null ? Optional.empty() : users.findById(id);
	}

	public List<AppUser> projectLeads() {
		return users.findEnabledByRole(Role.PROJECT_LEAD);
	}

	public List<AppUser> all() {
		return users.findAllByOrderByDisplayNameAsc();
	}

	/** The name pages show for a person; the username itself if there is no such person. */
	public String displayNameOf(String username) {
		return findByUsername(username).map(AppUser::getDisplayName).orElse(username);
	}

	/** Usernames of the enabled people who have at least one of these roles, by name. */
	public List<String> enabledUsernamesWithAnyRole(Role... roles) {
		return all().stream()
			.filter(user -> user.isEnabled() && java.util.Arrays.stream(roles).anyMatch(user::hasRole))
			.map(AppUser::getUsername)
			.toList();
	}

	public boolean isEmpty() {
		return users.count() == 0;
	}

	public boolean usernameTaken(String username) {
		return users.existsByUsernameIgnoreCase(username);
	}

	/** The person's notification address, or empty when they have none (or do not exist). */
	public Optional<String> emailOf(String username) {
		return findByUsername(username).map(AppUser::getEmail);
	}

	/**
	 * The language a person reads in where there is no browser to ask (e-mails, digests, reports made in the
	 * background): their chosen language, else English.
	 */
	public Locale localeOf(String username) {
		return findByUsername(username).map(AppUser::getLanguage)
			.filter(tag -> !tag.isBlank())
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

	/** The language a person chose for the portal, or empty when they follow their browser (or do not exist). */
	public Optional<Locale> chosenLocaleOf(String username) {
		return findByUsername(username).map(AppUser::getLanguage)
			.filter(tag -> tag != null && !tag.isBlank())
			.map(Locale::forLanguageTag);
	}

	/**
	 * Sets a person's language, or clears it (null) so that their browser's language applies again; the caller
	 * offers only supported languages.
	 * @return false if there is no such person
	 */
	@Transactional
	public boolean changeLanguage(String username, Locale language) {
		return findByUsername(username).map(user -> {
			user.setLanguage(language == null ? null : language.toLanguageTag());
			return true;
		}).orElse(false);
	}

	/**
	 * Sets or clears (blank) a person's e-mail address; the caller validated it ({@link EmailAddress}).
	 * @return false if there is no such person
	 */
	@Transactional
	public boolean changeEmail(String username, String email) {
		return findByUsername(username).map(user -> {
			user.setEmail(email);
			return true;
		}).orElse(false);
	}

	@Transactional
	public AppUser register(String username, String displayName, String rawPassword, Set<Role> roles) {
		return users.save(new AppUser(username.trim(), displayName.trim(), passwordEncoder.encode(rawPassword), roles));
	}
}
