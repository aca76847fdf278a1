package io.cyclewise.shared;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies are at most {@value #LIMIT_BYTES} bytes (1 MiB; 5,000 observations fit in about 0.8 MiB): a
 * larger declared length is refused before reading, and a body that grows past the limit while streaming (chunked,
 * no length) stops being read there. Both get 413 with a problem detail.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

	public static final int LIMIT_BYTES = 1024 * 1024;

	private final ProblemWriter problems;

	public RequestSizeLimit(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > LIMIT_BYTES) {
			problems.write(response, problem(problems.messages(), LocaleContextHolder.getLocale()));
			return;
		}
		chain.doFilter(new Limited(request), response);
	}

	/** The 413 problem in the given language. */
	public static ProblemDetail problem(MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("shared.problem.tooLarge", null, locale));
		problem.setTitle(messages.getMessage("shared.problem.title.tooLarge", null, locale));
		return problem;
	}

	static boolean exceeded(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	static final class TooLarge extends IOException {

		TooLarge() {
			super("Request body over " + LIMIT_BYTES + " bytes");
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream());
			}
			return stream;
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream delegate;

		private long count;

		Counting(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int next = delegate.read();
			if (next >= 0) {
				counted(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = delegate.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int bytes) throws TooLarge {
			count += bytes;
			if (count > LIMIT_BYTES) {
				throw new TooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}
	}
}
