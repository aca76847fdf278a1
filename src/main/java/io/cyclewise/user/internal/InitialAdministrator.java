package io.cyclewise.user.internal;

import java.util.EnumSet;

import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start without demo data: when the user table is empty and {@code CYCLEWISE_ADMIN_PASSWORD} is set,
 * create the first administrator, who then adds everyone else on the admin page. The password must pass the
 * {@link PasswordPolicy}; if it does not, the start fails with a message saying why (nothing else is created), so a
 * weak administrator password never goes live unnoticed. Once users exist, the variable is not read.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserDirectory users;
	private final String username;
	private final String password;

	InitialAdministrator(UserDirectory users, @Value("${cyclewise.admin.username:admin}") String username,
			@Value("${cyclewise.admin.password:}") String password) {
		this.users = users;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.isEmpty()) {
			return;
		}
		if (password.isBlank()) {
			log.warn("No users exist and CYCLEWISE_ADMIN_PASSWORD is not set: nobody can sign in yet.");
			return;
		}
		var problem = PasswordPolicy.problem(username, password);
		if (problem.isPresent()) {
			String message = "CYCLEWISE_ADMIN_PASSWORD is not accepted for the first administrator '" + username + "': "
					+ problem.get().getDefaultMessage() + " Set another one and start again.";
			log.error(message);
			throw new IllegalStateException(message);
		}
		users.register(username, "Administrator", password, EnumSet.of(Role.ADMIN));
		log.info("Created the first administrator '{}'.", username);
	}
}
