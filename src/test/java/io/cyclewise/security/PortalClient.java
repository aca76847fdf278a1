package io.cyclewise.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser over real HTTP: its own cookies, redirects not followed, forms sent with the page's CSRF token. */
final class PortalClient {

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private final int port;

	PortalClient(int port) {
		this.port = port;
	}

	/** Sends the sign-in form; answers the redirect (to "/" when signed in, "/login?error" when not). */
	HttpResponse<String> signIn(String username, String password) throws Exception {
		String token = csrfToken(get("/login").body());
		return post("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String csrfToken(String page) {
		return field(page, "_csrf");
	}

	static String field(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("No field " + name + " on the page");
		}
		return matcher.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
