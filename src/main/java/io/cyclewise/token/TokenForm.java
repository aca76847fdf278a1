package io.cyclewise.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to create a token; tokens always expire, after a year at the latest. */
public class TokenForm {

	static final int MAX_VALID_DAYS = 365;

	@NotBlank(message = "Name the token after what uses it, e.g. “training pipeline”.")
	@Size(max = 100, message = "A name has at most 100 characters.")
	private String name;

	@NotNull(message = "Choose what the token may do.")
	private TokenAccess access = TokenAccess.READ_ONLY;

	@NotNull(message = "Enter for how many days the token is valid.")
	@Min(value = 1, message = "A token is valid for at least 1 day.")
	@Max(value = MAX_VALID_DAYS, message = "A token is valid for at most 365 days.")
	private Integer validForDays = 90;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TokenAccess getAccess() {
		return access;
	}

	public void setAccess(TokenAccess access) {
		this.access = access;
	}

	public Integer getValidForDays() {
		return validForDays;
	}

	public void setValidForDays(Integer validForDays) {
		this.validForDays = validForDays;
	}
}
