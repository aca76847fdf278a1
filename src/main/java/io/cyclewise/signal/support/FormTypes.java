package io.cyclewise.signal.support;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;

/**
 * Which form a binder is for. A form bound from a request is constructed after the binder (so only its type is
 * known then); a form already in the model (when the page is drawn) is the binder's target.
 */
public final class FormTypes {

	private FormTypes() {
	}

	public static boolean binds(WebDataBinder binder, Class<?> formType) {
		if (binder.getTarget() != null) {
			return formType.isInstance(binder.getTarget());
		}
		ResolvableType type = binder.getTargetType();
		return type != null && formType.isAssignableFrom(type.resolve(Object.class));
	}
}
