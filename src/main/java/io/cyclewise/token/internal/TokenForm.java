package io.cyclewise.token.internal;

import io.cyclewise.token.NewToken;
import io.cyclewise.token.TokenAccess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to create a token; tokens always expire, after a year at the latest. */
public class TokenForm {

	static final int MAX_VALID_DAYS = 365;

	@NotBlank(message = "{token.name.required}")
	@Size(max = 100, message = "{token.name.tooLong}")
	private String name;

	@NotNull(message = "{token.access.required}")
	private TokenAccess access = TokenAccess.READ_ONLY;

	@NotNull(message = "{token.validForDays.required}")
	@Min(value = 1, message = "{token.validForDays.min}")
	@Max(value = MAX_VALID_DAYS, message = "{token.validForDays.max}")
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

	/** The validated input as the service's command. */
	public NewToken toCommand() {
		return new NewToken(name, access, validForDays);
	}
}
