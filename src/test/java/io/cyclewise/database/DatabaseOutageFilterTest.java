package io.cyclewise.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is away", and who gets JSON instead of the page. */
class DatabaseOutageFilterTest {

	@Test
	void connectionFailuresAnywhereInTheCauseChainMeanTheDatabaseIsAway() {
		SQLTransientConnectionException poolTimedOut = new SQLTransientConnectionException(
				"cyclewise - Connection is not available, request timed out after 3000ms", "08001",
				new ConnectException("Connection refused"));
		assertThat(DatabaseOutageFilter.connectionFailure(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimedOut))))).isNotNull();
		assertThat(DatabaseOutageFilter.connectionFailure(new CannotGetJdbcConnectionException("no", poolTimedOut)))
			.isNotNull();
		assertThat(DatabaseOutageFilter.connectionFailure(new RuntimeException(poolTimedOut))).isSameAs(poolTimedOut);
		SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
		assertThat(DatabaseOutageFilter.connectionFailure(new IllegalStateException(shutdown))).isSameAs(shutdown);
	}

	@Test
	void otherFailuresAreNotAnOutage() {
		assertThat(DatabaseOutageFilter.connectionFailure(new IllegalStateException("a bug"))).isNull();
		assertThat(DatabaseOutageFilter.connectionFailure(new DataIntegrityViolationException("duplicate name",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isNull();
	}

	@Test
	void htmxJsonAndApiRequestsGetAProblemDetailPagesGetThePage() {
		assertThat(DatabaseOutageFilter.wantsProblemJson(request("/dashboard", "text/html,application/xhtml+xml", false)))
			.isFalse();
		assertThat(DatabaseOutageFilter.wantsProblemJson(request("/dashboard", "*/*", false))).isFalse();
		assertThat(DatabaseOutageFilter.wantsProblemJson(request("/dashboard", "*/*", true))).isTrue();
		assertThat(DatabaseOutageFilter.wantsProblemJson(request("/initiatives", "application/json", false))).isTrue();
		assertThat(DatabaseOutageFilter.wantsProblemJson(request("/api/initiatives", "*/*", false))).isTrue();
	}

	private static MockHttpServletRequest request(String path, String accept, boolean htmx) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", accept);
		if (htmx) {
			request.addHeader("HX-Request", "true");
		}
		return request;
	}
}
