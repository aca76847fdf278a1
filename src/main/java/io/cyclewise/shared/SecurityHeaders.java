package io.cyclewise.shared;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side protections every response carries (docs/decisions.md, "Headers and CSP"). Spring Security
 * writes them for everything that passes its filters; a response written before them (the database-outage page)
 * applies them itself from here, so the two never differ.
 */
public final class SecurityHeaders {

	/**
	 * Scripts only from the portal's own files (no inline script, no inline event handler, no eval): page data
	 * reaches scripts through {@code data-*} attributes or the page's own tables. Inline styles stay allowed because
	 * templates set widths of progress bars with {@code style} attributes.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

	/** For responses written outside Spring Security's filters. */
	public static void apply(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}
}
