package io.cyclewise.user.internal;

import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What Bean Validation cannot say about a new person: the username is free, and the password follows the
 * {@link PasswordPolicy} (it depends on the username). Runs after the form's own constraints, and only on fields
 * they accepted, so each field shows one message.
 */
@Component
class NewUserValidator implements Validator {

	private final UserDirectory directory;

	NewUserValidator(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public boolean supports(Class<?> type) {
		return NewUserForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NewUserForm form = (NewUserForm) target;
		if (!errors.hasFieldErrors("username") && directory.usernameTaken(form.getUsername())) {
			errors.rejectValue("username", "user.username.taken");
		}
		if (!errors.hasFieldErrors("password")) {
			PasswordPolicy.problem(form.getUsername(), form.getPassword()).ifPresent(problem -> errors
				.rejectValue("password", problem.getCodes()[0], problem.getArguments(), problem.getDefaultMessage()));
		}
	}
}
