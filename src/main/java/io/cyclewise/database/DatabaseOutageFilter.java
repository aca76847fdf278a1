package io.cyclewise.database;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.cyclewise.shared.SecurityHeaders;
import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * When PostgreSQL cannot be reached, answers 503 with the portal's own page (the error page in the layout), or with
 * an RFC 9457 problem detail for JSON and htmx clients, instead of letting the failure reach Tomcat's bare error page.
 * <p>
 * It runs before Spring Session's {@code SessionRepositoryFilter}: sessions live in PostgreSQL, so the first thing
 * that needs the database is usually loading the session (lazily, inside Spring Security, before any controller),
 * and a failure there, in Spring Security, in a controller or in saving the session afterwards all pass through here.
 * A failure names the lost connection somewhere in its cause chain ({@link #connectionFailure}); one that does not,
 * but comes from data access, counts when a probe finds the database away. Anything else is rethrown as before.
 * <p>
 * It answers without touching the database: no session, so no signed-in user in the navigation and no CSRF token.
 * Registered for error dispatches too, since rendering an error page (say a 404) in the layout loads the session.
 */
final class DatabaseOutageFilter implements Filter {

	static final String TITLE = "Temporarily unavailable";

	static final String DETAIL = "The portal cannot reach its database just now, so it can neither show nor save "
			+ "anything. Please retry in a minute; what was saved before is kept.";

	/** Seconds a client should wait before retrying; a restarting PostgreSQL is usually back well within this. */
	static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/** Request attributes through which a page would reach the session (Spring Security's deferred CSRF token). */
	private static final Set<String> SESSION_BACKED_ATTRIBUTES = Set.of("_csrf",
			"org.springframework.security.web.csrf.CsrfToken");

	/** How long the probe waits for an answer from a pooled connection. */
	private static final int PROBE_SECONDS = 1;

	private final ObjectProvider<DataSource> dataSources;

	private final ObjectProvider<ThymeleafViewResolver> views;

	DatabaseOutageFilter(ObjectProvider<DataSource> dataSources, ObjectProvider<ThymeleafViewResolver> views) {
		this.dataSources = dataSources;
		this.views = views;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (response.isCommitted()) {
				throw failure;
			}
			Throwable cause = connectionFailure(failure);
			if (cause == null && dataAccessFailure(failure) && databaseAway()) {
				cause = failure;
			}
			if (cause == null) {
				throw failure;
			}
			log.warn("The database cannot be reached; answered 503 to {} {}: {}", request.getMethod(), path(request),
					cause.toString());
			log.debug("Database failure behind that 503", failure);
			unavailable(request, response);
		}
	}

	/**
	 * Whether the database is away now, for a failure that does not say so itself. The typical case: PostgreSQL
	 * ends a connection in the middle of a transaction, and the failed rollback on the now closed connection
	 * ("Connection is closed", no SQLSTATE) replaces the telling exception. Waits at most the pool's
	 * connection-timeout.
	 */
	private boolean databaseAway() {
		DataSource dataSource = dataSources.getIfAvailable();
		if (dataSource == null) {
			return false;
		}
		try (Connection connection = dataSource.getConnection()) {
			return !connection.isValid(PROBE_SECONDS);
		}
		catch (SQLException | RuntimeException unreachable) {
			return true;
		}
	}

	/** A failure of JDBC, JPA or a transaction (and not, say, of a template or of input). */
	private static boolean dataAccessFailure(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof SQLException || cause instanceof PersistenceException
					|| cause instanceof HibernateException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the first exception in the cause chain that says the database could not be reached or dropped the
	 * connection, or null when the failure is something else
	 */
	static Throwable connectionFailure(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
					|| cause instanceof CannotCreateTransactionException || cause instanceof JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || connectionState(cause)) {
				return cause;
			}
		}
		return null;
	}

	/** SQLSTATE class 08 (connection exception) or 57P01–57P03 (the server shuts down, crashed, or is starting). */
	private static boolean connectionState(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || state.startsWith("57P0");
		}
		return false;
	}

	/** htmx requests, JSON clients and the {@code /api/} paths get JSON; everyone else gets the page. */
	static boolean wantsProblemJson(HttpServletRequest request) {
		if ("true".equalsIgnoreCase(request.getHeader("HX-Request")) || path(request).startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		SecurityHeaders.apply(response);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (wantsProblemJson(request)) {
			problem(request, response);
		}
		else {
			page(request, response);
		}
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", TITLE);
		problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		problem.put("detail", DETAIL);
		problem.put("instance", path(request));
		byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The error page in the layout, rendered here rather than through /error, which would load the session again. */
	private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.put("error", TITLE);
		model.put("path", path(request));
		model.put("retryPath", retryPath(request));
		ThymeleafViewResolver resolver = views.getIfAvailable();
		try {
			View view = resolver == null ? null : resolver.resolveViewName("error", request.getLocale());
			if (view != null) {
				view.render(model, new WithoutSession(request), response);
				return;
			}
		}
		catch (Exception renderingFailed) {
			log.warn("Could not render the error page for a 503; answering with a plain one", renderingFailed);
			if (response.isCommitted()) {
				return;
			}
			response.resetBuffer();
		}
		PrintWriter writer = response.getWriter();
		writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + TITLE
				+ " · Cyclewise</title></head><body><main><h1>" + TITLE + "</h1><p>" + DETAIL
				+ "</p></main></body></html>");
	}

	/** The path within the portal as the browser asked for it (for an error dispatch, the original one). */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String text ? text : request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	/** Where "Try again" leads: the same address, with its query for a page that was being read. */
	private static String retryPath(HttpServletRequest request) {
		String path = path(request);
		boolean read = "GET".equals(request.getMethod()) && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null;
		return read && request.getQueryString() != null ? path + "?" + request.getQueryString() : path;
	}

	private static String json(Map<String, Object> members) {
		StringBuilder json = new StringBuilder("{");
		members.forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":");
			if (value instanceof Number) {
				json.append(value);
			}
			else {
				quote(String.valueOf(value), json);
			}
		});
		return json.append('}').toString();
	}

	private static void quote(String text, StringBuilder json) {
		json.append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>') {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	/**
	 * The request as the page sees it: without the attributes through which rendering would load the session from
	 * the database again.
	 */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return SESSION_BACKED_ATTRIBUTES.contains(name) ? null : super.getAttribute(name);
		}
	}
}
