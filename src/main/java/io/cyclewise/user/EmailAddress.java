package io.cyclewise.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * An optional e-mail address (blank means none): the shape Bean Validation's {@link Email} accepts, with a dot in
 * the domain (an address like {@code anna@localhost} is a typo far more often than meant), at most
 * {@value #MAX_LENGTH} characters (the longest address SMTP carries).
 */
@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+", message = "{user.email.invalid}")
@Size(max = EmailAddress.MAX_LENGTH, message = "{user.email.tooLong}")
@Constraint(validatedBy = {})
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	int MAX_LENGTH = 254;

	String message() default "{user.email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
