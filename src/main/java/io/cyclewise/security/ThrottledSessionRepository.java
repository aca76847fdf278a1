package io.cyclewise.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), which writes the session's last-access time on every request:
 * one UPDATE per page view, for a timeout of hours. This decorator records a new access only when the stored one
 * is at least {@code precision} old, so a page view reads its session and writes nothing; the timeout is then
 * exact to within {@code precision}. Everything else (attributes, ids, lookups by principal) passes through.
 */
class ThrottledSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession<S>> {

	private final FindByIndexNameSessionRepository<S> delegate;
	private final Duration precision;

	ThrottledSessionRepository(FindByIndexNameSessionRepository<S> delegate, Duration precision) {
		this.delegate = delegate;
		this.precision = precision;
	}

	@Override
	public ThrottledSession<S> createSession() {
		return new ThrottledSession<>(delegate.createSession(), precision);
	}

	@Override
	public void save(ThrottledSession<S> session) {
		delegate.save(session.session);
	}

	@Override
	public ThrottledSession<S> findById(String id) {
		S session = delegate.findById(id);
		return session == null ? null : new ThrottledSession<>(session, precision);
	}

	@Override
	public void deleteById(String id) {
		delegate.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return delegate.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new ThrottledSession<>(entry.getValue(), precision)));
	}

	static final class ThrottledSession<S extends Session> implements Session {

		private final S session;
		private final Duration precision;

		ThrottledSession(S session, Duration precision) {
			this.session = session;
			this.precision = precision;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(precision) >= 0) {
				session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}
	}
}
