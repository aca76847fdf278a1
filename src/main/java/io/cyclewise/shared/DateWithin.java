package io.cyclewise.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date field's sane range, counted from today: at most {@link #yearsBefore()} years back and
 * {@link #yearsAfter()} years ahead. Without it a date such as {@code +999999999-12-31} or {@code -5000-01-01}
 * binds (ISO allows it) and only PostgreSQL refuses it, as a 500. Null passes (combine with {@code @NotNull}).
 * "Today" comes from the validator's clock provider, the same one {@code @PastOrPresent} uses.
 */
@Documented
@Constraint(validatedBy = DateWithin.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateWithin {

	int yearsBefore();

	/** Unbounded by default, for fields whose future is refused by {@code @PastOrPresent} with its own message. */
	int yearsAfter() default Integer.MAX_VALUE;

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<DateWithin, LocalDate> {

		private int yearsBefore;
		private int yearsAfter;

		@Override
		public void initialize(DateWithin range) {
			yearsBefore = range.yearsBefore();
			yearsAfter = range.yearsAfter();
		}

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			if (date == null) {
				return true;
			}
			LocalDate today = LocalDate.now(context.getClockProvider().getClock());
			return !date.isBefore(today.minusYears(yearsBefore))
					&& (yearsAfter == Integer.MAX_VALUE || !date.isAfter(today.plusYears(yearsAfter)));
		}
	}
}
