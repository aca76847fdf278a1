package io.cyclewise.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (the cookie settings of the embedded server, not MockMvc's): behind a reverse proxy that terminates
 * TLS and says so with {@code X-Forwarded-Proto: https}, the session cookie is Secure; over plain HTTP (local
 * development) it is not, or the browser would never send it back. It is HttpOnly and SameSite=Lax either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecureSessionCookieTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(uri()).header("X-Forwarded-Proto", "https"));
		assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void theSessionCookieIsNotSecureOverPlainHttp() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(uri()));
		assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
	}

	private String sessionCookie(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private URI uri() {
		return URI.create("http://localhost:" + port + "/login");
	}
}
