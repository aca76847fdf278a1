package io.cyclewise.shared;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page and JSON error bodies say. A 4xx keeps its message (it names what the person did wrong, e.g.
 * "There is no initiative 7."), unless the message is a framework's technical text; a 5xx never shows its message
 * (it would name internals), only a generic sentence.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

	/** A message code (e.g. {@code shared.error.notHere}) that a filter passed as the error message: resolved here. */
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");

	private final MessageSource messages;

	PortalErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		// Read from the request: the "status" attribute is only present when the options include it.
		Object code = webRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
		if (code instanceof Integer status && attributes.containsKey("message")) {
			Object message = attributes.get("message");
			if (status >= 500) {
				attributes.put("message", text("shared.error.server"));
			}
			else if (message instanceof String text && CODE.matcher(text).matches()) {
				attributes.put("message", text(text));
			}
			else if (message instanceof String text && technical(text)) {
				attributes.put("message", status == 400 ? text("shared.error.badRequest") : "");
			}
		}
		return attributes;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

	/** Framework messages such as "Failed to convert value of type 'java.lang.String' …" mean nothing to a person. */
	private static boolean technical(String message) {
		return message.contains("java.") || message.contains("Exception") || message.contains("org.springframework")
				|| message.startsWith("Failed to ") || message.startsWith("Required ");
	}
}
