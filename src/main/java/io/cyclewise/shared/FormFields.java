package io.cyclewise.shared;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.stereotype.Component;

/**
 * What the form fragments ask about a form object: is this field required? Read from the form class's own
 * {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} constraints, so the asterisk and {@code required} attribute
 * never disagree with what the server refuses. Used in templates as {@code @formFields.required(#object, field)}.
 */
@Component("formFields")
public class FormFields {

	private final Validator validator;

	public FormFields(Validator validator) {
		this.validator = validator;
	}

	public boolean required(Object form, String field) {
		if (form == null || field == null || field.contains(".") || field.contains("[")) {
			return false;
		}
		PropertyDescriptor property = validator.getConstraintsForClass(form.getClass()).getConstraintsForProperty(field);
		return property != null && property.getConstraintDescriptors().stream()
				.map(descriptor -> descriptor.getAnnotation().annotationType())
				.anyMatch(type -> type == NotNull.class || type == NotBlank.class || type == NotEmpty.class);
	}
}
