package io.cyclewise.user.internal;

import jakarta.validation.constraints.Pattern;

/** A person's choice of language: empty follows the browser, otherwise one of the supported languages. */
public class LanguageForm {

	@Pattern(regexp = "|en|de", message = "{user.language.unsupported}")
	private String language = "";

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language == null ? "" : language.strip();
	}
}
