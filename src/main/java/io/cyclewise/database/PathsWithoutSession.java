package io.cyclewise.database;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * Style sheets, scripts, images, WebJars and the health endpoint are served without looking up the session. Spring MVC looks
 * into the session on every request it dispatches (for flash attributes), and with sessions in PostgreSQL that is a
 * query per style sheet; while the database is away it is a wait of the pool's connection-timeout and a failure, so
 * the "temporarily unavailable" page would reach a signed-in person without its styles. None of these paths reads or
 * writes the session (they are open to everyone, see SecurityConfiguration).
 * <p>
 * It runs just after Spring Session's filter, whose request it wraps: {@code getSession(false)} answers "no session"
 * without asking the database.
 */
final class PathsWithoutSession implements Filter {

	static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.ico",
			"/actuator/health");

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		chain.doFilter(sessionFree(request) ? new WithoutSession(request) : request, response);
	}

	static boolean sessionFree(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PREFIXES.stream().anyMatch(path::startsWith);
	}

	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return create ? super.getSession(true) : null;
		}
	}
}
