package io.cyclewise.token;

import io.cyclewise.shared.DomainTerm;

/** What a token may do on its owner's behalf: never more than the owner's roles allow. */
public enum TokenAccess implements DomainTerm {
	READ_ONLY("Read only", "Reads data (GET requests); any change is refused."),
	READ_WRITE("Read and write", "Reads and changes data, as far as the owner's roles allow.");

	private final String label;
	private final String meaning;

	TokenAccess(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}
}
