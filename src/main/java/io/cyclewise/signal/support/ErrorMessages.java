package io.cyclewise.signal.support;

import java.util.HashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * Says validation errors in the request's language where the signal module itself writes them out (bulk results,
 * alert receipts, API problem details): rules reject with message codes of the signal bundle only.
 */
@Component
public class ErrorMessages {

	private final MessageSource messages;

	ErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(MessageSourceResolvable error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	/** The same errors, each with its message resolved as its default message (for whoever prints that). */
	public Errors resolved(Errors errors) {
		BindingResult result = new MapBindingResult(new HashMap<>(), errors.getObjectName());
		for (ObjectError error : errors.getAllErrors()) {
			if (error instanceof FieldError field) {
				result.addError(new FieldError(field.getObjectName(), field.getField(), field.getRejectedValue(),
						field.isBindingFailure(), field.getCodes(), field.getArguments(), message(field)));
			}
			else {
				result.addError(new ObjectError(error.getObjectName(), error.getCodes(), error.getArguments(),
						message(error)));
			}
		}
		return result;
	}
}
