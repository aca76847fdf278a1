package io.cyclewise.user.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B style: length, a list of common passwords, simple patterns, no composition rules. */
class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "aaaaaaaa", "cyclewise", "Tr0ub4dor&3" })
	void shorterThanTwelveCharactersIsRefused(String password) {
		assertThat(problem("pat", password)).hasValueSatisfying(
				problem -> assertThat(problem).startsWith("A password has at least 12 characters"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password2024!", "qwertyuiop12", "iloveyou1234",
			"passwordpassword", "football!!!!", "  monkey123456" })
	void commonPasswordsAlsoWithDigitsOrSymbolsAddedAreRefused(String password) {
		assertThat(problem("pat", password)).hasValueSatisfying(
				problem -> assertThat(problem).contains("list of commonly used or leaked passwords"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "123456789012", "abababababab", "abcabcabcabc", "qwertyuiopas",
			"asdfghjkl;'zxc", "1qaz2wsx3edc4rfv", "zyxwvutsrqponm", "098765432109", "!@#$%^&*()_+", "1234567890abc",
			"Summer2024!qwe", "dragon111qwerty" })
	void simplePatternsAreRefused(String password) {
		assertThat(problem("pat", password)).isPresent();
	}

	@Test
	void theUsernameAndThePortalsNameAreRefused() {
		assertThat(problem("rita.lead", "my name is Rita.Lead ok")).hasValue(
				"A password must not contain the username.");
		assertThat(problem("pat", "Cyclewise rocks 2026")).hasValue(
				"A password must not contain the name of the portal.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "purple-otter-eats-87-plums", "Mein Hund heißt Bello!",
			"tangerine lighthouse", "xk4!pq9#zt2&", "739201846573", "monkey banana tractor" })
	void longUncommonPasswordsAreAcceptedWithoutCompositionRules(String password) {
		assertThat(problem("pat", password)).isEmpty();
	}

	@Test
	void veryLongOnesAndEmptyOnesAreRefused() {
		assertThat(problem("pat", "x".repeat(10) + "long words ".repeat(12))).hasValue(
				"A password has at most 128 characters.");
		assertThat(problem("pat", "")).hasValue("Enter a password.");
	}

	/** The English sentence of a problem (its default message). */
	private static Optional<String> problem(String username, String password) {
		return PasswordPolicy.problem(username, password).map(MessageSourceResolvable::getDefaultMessage);
	}
}
