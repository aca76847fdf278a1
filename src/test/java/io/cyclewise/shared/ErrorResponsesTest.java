package io.cyclewise.shared;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error responses through the real servlet container (MockMvc does not render error pages): a 4xx says what is
 * wrong, in the page and in JSON; a 5xx names no internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorResponsesTest {

	@LocalServerPort
	int port;

	@Autowired
	ErrorAttributes errorAttributes;

	@Test
	void aClientErrorCarriesItsMessageInThePageAndInJson() throws Exception {
		HttpClient client = signedIn("executive");
		HttpResponse<String> page = client.send(request("/initiatives/987654", "text/html"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").contains("There is no initiative 987654.");

		HttpResponse<String> json = client.send(request("/initiatives/987654", "application/json"), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("\"message\":\"There is no initiative 987654.\"");
	}

	@Test
	void aMalformedIdGetsAPlainMessageWithoutJavaTypeNames() throws Exception {
		HttpClient client = signedIn("executive");
		HttpResponse<String> json = client.send(request("/initiatives/not-a-number", "application/json"), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.body()).contains("The request could not be read: a value in the address or the form is not what this page expects.").doesNotContain("java.").doesNotContain("Exception");
		HttpResponse<String> page = client.send(request("/initiatives/not-a-number", "text/html"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains("The request could not be read: a value in the address or the form is not what this page expects.").doesNotContain("java.lang");
	}

	@Test
	void theErrorPathAskedForDirectlyAndAListEntryThatCannotExistAreClientErrors() throws Exception {
		HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> error = anonymous.send(request("/error", "text/html"), HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("There is no page at this address.");
		HttpResponse<String> errorJson = anonymous.send(request("/error", "application/json"), HttpResponse.BodyHandlers.ofString());
		assertThat(errorJson.statusCode()).isEqualTo(404);

		HttpClient client = signedIn("executive");
		HttpResponse<String> page = client.send(request("/initiatives?only%5B999%5D=x", "text/html"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("This form had a list entry that does not exist (only[999]).");
		HttpResponse<String> json = client.send(request("/initiatives?only%5B-1%5D=x", "application/json"), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.body()).contains("This form had a list entry that does not exist (only[-1]).");
	}

	@Test
	void aServerErrorNamesNoInternals() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/initiatives");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException("Page offset exceeds Integer.MAX_VALUE in org.hibernate.SomeInternal"));
		Map<String, Object> attributes = errorAttributes.getErrorAttributes(new ServletWebRequest(request),
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
		assertThat(attributes.get("message")).isEqualTo("The portal could not finish this request. Nothing you stored was lost; please try again, and tell an administrator if it keeps happening.");
		assertThat(attributes).doesNotContainKeys("exception", "trace");
	}

	private HttpRequest request(String path, String accept) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).GET().build();
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = client.send(request("/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=cyclewise&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return client;
	}
}
