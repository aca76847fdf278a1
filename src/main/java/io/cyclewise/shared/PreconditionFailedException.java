package io.cyclewise.shared;

/**
 * An update sent with an {@code If-Match} version that is no longer current: someone changed the record since the
 * client read it. The answer (412) carries the current state, so the client can merge and retry.
 */
public class PreconditionFailedException extends RuntimeException {

	private final transient Object current;

	private final long currentVersion;

	/** The request body's field that carries the version; null when it travels in {@code If-Match}. */
	private final String versionField;

	public PreconditionFailedException(long currentVersion, Object current) {
		this(currentVersion, current, null);
	}

	public PreconditionFailedException(long currentVersion, Object current, String versionField) {
		super("Stale version", null, false, false);
		this.currentVersion = currentVersion;
		this.current = current;
		this.versionField = versionField;
	}

	public String versionField() {
		return versionField;
	}

	public Object current() {
		return current;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
