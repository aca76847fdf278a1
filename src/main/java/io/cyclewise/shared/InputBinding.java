package io.cyclewise.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies to every form field and request parameter bound as text: removes NUL characters, which no person types
 * but a crafted request may carry, and which PostgreSQL refuses in text columns (it would end in a 500, or in a
 * misleading "changed meanwhile" message). Everything else the person typed is kept as it is.
 */
@ControllerAdvice
class InputBinding {

	@InitBinder
	void withoutNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new WithoutNul());
	}

	static final class WithoutNul extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text == null ? null : text.replace("\u0000", ""));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}
}
