package io.cyclewise.initiative.internal;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the multipart limit, through the real servlet container (MockMvc applies no limit): Tomcat refuses it
 * while reading the form, before any controller; the error page says how large a file may be, nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportUploadLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aFileOverTheLimitGetsTheImportPageWithAMessage() throws Exception {
		long before = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		String login = get("/login").body();
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=lead&password=cyclewise&_csrf="
					+ URLEncoder.encode(field(login, "_csrf"), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		String page = get("/initiatives/import").body();
		String token = field(page, "_csrf");
		byte[] file = new byte[5 * 1024 * 1024];
		Arrays.fill(file, (byte) 'a');
		HttpResponse<String> refused = upload(token, file);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("This upload is too large").contains("at most 2 MiB")
			.contains("href=\"/initiatives/import\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class)).isEqualTo(before);

		// Just under the limit reaches the import's own checks.
		HttpResponse<String> small = upload(token, "name\nA\n".getBytes(StandardCharsets.UTF_8));
		assertThat(small.statusCode()).isEqualTo(422);
		assertThat(small.body()).contains("The header row lacks the columns");
	}

	private HttpResponse<String> upload(String csrfToken, byte[] file) throws Exception {
		String boundary = "----cyclewise-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(uri("/initiatives/import")).header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String field(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
