package io.cyclewise.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards failures; asked for directly (a bookmark, a scanner) it has no
 * error to describe and Boot would answer 500. A direct request there is answered 404 with the usual error page
 * instead. Error dispatches are not filtered ({@link OncePerRequestFilter} skips them), so real errors are unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErrorPathFilter extends OncePerRequestFilter {

	/** Resolved by {@link PortalErrorAttributes} in the request's language. */
	static final String NOT_HERE = "shared.error.notHere";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND, NOT_HERE);
	}
}
