package io.cyclewise.user.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a password set through the portal must be, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters
 * (any characters, spaces too, up to {@value #MAX_LENGTH}), not a commonly used or leaked password (the bundled list
 * {@code passwords/common-passwords.txt}, also with digits or symbols added before or after), not a simple pattern
 * (one character or a short group repeated, a sequence like 1234 or abcd, a row of the keyboard), and not containing
 * the username or the portal's name. No composition rules ("one digit, one symbol"): they make passwords harder to
 * remember, not harder to guess.
 * <p>
 * Applies where a password is set through the app (an administrator adding a person, the first administrator from
 * the environment). The demo users are seeded with the documented demo password and are not checked.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	private static final String LIST = "passwords/common-passwords.txt";

	/** Rows and columns of common keyboards, the alphabet and the digits; a password inside one (or its reverse) is a walk. */
	private static final List<String> WALKS = List.of("012345678901234567890123456789",
			"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
			"1234567890qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
			"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "qazwsxedcrfvtgbyhnujmikolp", "zaq1xsw2cde3vfr4bgt5nhy6mju7",
			"1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "!@#$%^&*()_+", "`1234567890-=");

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with this password for this username: a message code of the user bundle with its arguments, and
	 * the English sentence as its default (the log of the first start has no reader's language); empty if it may be
	 * used.
	 */
	public static Optional<MessageSourceResolvable> problem(String username, String password) {
		if (password == null || password.isEmpty()) {
			return refusal("user.password.empty", "Enter a password.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return refusal("user.password.tooShort", "A password has at least " + MIN_LENGTH
					+ " characters; a few unrelated words make one that is long and easy to remember.", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			return refusal("user.password.tooLong", "A password has at most " + MAX_LENGTH + " characters.", MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (user.length() >= 3 && lower.contains(user)) {
			return refusal("user.password.containsUsername", "A password must not contain the username.");
		}
		if (lower.replace(" ", "").contains("cyclewise")) {
			return refusal("user.password.containsPortal", "A password must not contain the name of the portal.");
		}
		String base = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		if (COMMON.contains(lower) || COMMON.contains(lower.replace(" ", "")) || COMMON.contains(base)
				|| isCommonRepeated(lower)) {
			return refusal("user.password.common", "This password is on a list of commonly used or leaked passwords "
					+ "(also with digits or symbols added); choose one that is harder to guess.");
		}
		if (isPattern(lower) || (base.length() >= 6 && isPattern(base)) || isPatchwork(lower)) {
			return refusal("user.password.pattern", "This password is a simple pattern (repeated characters, a sequence "
					+ "like 1234 or abcd, a row of the keyboard, or one common word with a few digits or symbols); choose "
					+ "one that is harder to guess.");
		}
		return Optional.empty();
	}

	private static Optional<MessageSourceResolvable> refusal(String code, String english, Object... arguments) {
		return Optional.of(new DefaultMessageSourceResolvable(new String[] { code }, arguments, english));
	}

	/** Filler: at most this many digits, symbols or spaces in all may pad out a patchwork. */
	private static final int MAX_FILLER = 5;

	/**
	 * Whether the password is pieced together from sequences, keyboard runs and repeats (each at least 3 characters),
	 * at most one common password of 4 or more characters, and at most {@value #MAX_FILLER} other digits, symbols or
	 * spaces: "1234567890abc", "asdfghjkl;'zxc", "Summer2024!qwe". Several words ("purple otter eats plums") are not.
	 */
	private static boolean isPatchwork(String lower) {
		int n = lower.length();
		// filler[w][i]: the least filler that covers the first i characters using w common passwords (w = 0 or 1).
		int[][] filler = new int[2][n + 1];
		for (int[] row : filler) {
			Arrays.fill(row, Integer.MAX_VALUE);
		}
		filler[0][0] = 0;
		for (int i = 0; i < n; i++) {
			for (int w = 0; w < 2; w++) {
				int sofar = filler[w][i];
				if (sofar == Integer.MAX_VALUE) {
					continue;
				}
				if (!Character.isLetter(lower.charAt(i)) && sofar + 1 <= MAX_FILLER) {
					filler[w][i + 1] = Math.min(filler[w][i + 1], sofar + 1);
				}
				for (int end = i + 3; end <= n; end++) {
					String piece = lower.substring(i, end);
					if (isPattern(piece) || (piece.length() < 6 && repeatedUnit(piece) == 1)) {
						filler[w][end] = Math.min(filler[w][end], sofar);
					}
					if (w == 0 && piece.length() >= 4 && COMMON.contains(piece)) {
						filler[1][end] = Math.min(filler[1][end], sofar);
					}
				}
			}
		}
		return filler[0][n] <= MAX_FILLER || filler[1][n] <= MAX_FILLER;
	}

	/** One character or a group of up to six repeated, a sequence, or a keyboard walk. */
	private static boolean isPattern(String lower) {
		int unit = repeatedUnit(lower);
		if (unit > 0 && unit <= 6) {
			return true;
		}
		String reversed = new StringBuilder(lower).reverse().toString();
		return WALKS.stream().anyMatch(walk -> walk.contains(lower) || walk.contains(reversed));
	}

	/** "passwordpassword", "monkey12monkey12": a common password (or its base) repeated. */
	private static boolean isCommonRepeated(String lower) {
		int unit = repeatedUnit(lower);
		if (unit <= 0) {
			return false;
		}
		String repeated = lower.substring(0, unit);
		return COMMON.contains(repeated) || COMMON.contains(repeated.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
	}

	/** The length of the shortest group the text repeats (the last repetition may be cut short), or 0 if none. */
	private static int repeatedUnit(String text) {
		for (int unit = 1; unit <= text.length() / 2; unit++) {
			boolean repeats = true;
			for (int i = unit; i < text.length() && repeats; i++) {
				repeats = text.charAt(i) == text.charAt(i - unit);
			}
			if (repeats) {
				return unit;
			}
		}
		return 0;
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords (" + LIST + ") is missing.");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + LIST, e);
		}
		return Set.copyOf(passwords);
	}
}
