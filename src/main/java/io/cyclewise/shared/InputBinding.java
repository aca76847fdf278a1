package io.cyclewise.shared;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Applies to every form field and request parameter bound as text: removes NUL characters, which no person types
 * but a crafted request may carry, and which PostgreSQL refuses in text columns (it would end in a 500, or in a
 * misleading "changed meanwhile" message). Everything else the person typed is kept as it is.
 * <p>
 * A form field naming a list entry that cannot exist ({@code only[-1]}, {@code items[x]}, or beyond the binder's
 * limit of {@value #LIST_LIMIT} entries, e.g. {@code ratings[300].note}) fails while binding, before any handler
 * runs, so nothing is stored; it is answered 400 with a message naming the field, on the error page or as JSON.
 */
@ControllerAdvice
class InputBinding {

	/** The binder's default limit ({@code DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT}); no form has more entries. */
	static final int LIST_LIMIT = 256;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	private final MessageSource messages;

	InputBinding(MessageSource messages) {
		this.messages = messages;
	}

	@InitBinder
	void withoutNulCharacters(WebDataBinder binder, WebRequest request) {
		binder.registerCustomEditor(String.class, new WithoutNul());
		// The bean wrapper reads "only[-1]" as list index -1 and fails with an IndexOutOfBoundsException that is
		// not a binding error; no form has map properties, so anything in brackets must be a small list index.
		for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
			String name = names.next();
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				if (!index.group(1).matches("\\d{1,3}") || Integer.parseInt(index.group(1)) >= LIST_LIMIT) {
					throw new NoSuchListEntry(name.substring(0, index.end()));
				}
			}
		}
	}

	@ExceptionHandler(NoSuchListEntry.class)
	void listEntryThatCannotExist(NoSuchListEntry exception, HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, text("shared.error.noSuchListEntry", shortened(exception.field)));
	}

	@ExceptionHandler(InvalidPropertyException.class)
	void fieldThatCannotExist(InvalidPropertyException exception, HttpServletResponse response) throws IOException {
		String field = shortened(exception.getPropertyName());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST,
				text(field.contains("[") ? "shared.error.noSuchListEntry" : "shared.error.noSuchField", field));
	}

	@ExceptionHandler(BeanInstantiationException.class)
	void formThatCannotBeBuilt(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, text("shared.error.unreadableForm"));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, LocaleContextHolder.getLocale());
	}

	private static String shortened(String field) {
		String name = field == null ? "?" : field.replace("\u0000", "");
		return name.length() > 80 ? name.substring(0, 80) + "…" : name;
	}

	/** A request parameter naming a list entry no form can have: a negative, non-numeric or too large index. */
	static final class NoSuchListEntry extends RuntimeException {

		private final String field;

		NoSuchListEntry(String field) {
			super("No such list entry: " + field, null, false, false);
			this.field = field;
		}

		String field() {
			return field;
		}
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
