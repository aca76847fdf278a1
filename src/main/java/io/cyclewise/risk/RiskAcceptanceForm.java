package io.cyclewise.risk;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lead accepts a flag as a known risk: why, and until when (then it counts again). */
public class RiskAcceptanceForm {

	static final int MAX_DAYS = 365;

	@NotBlank(message = "Say why the risk is accepted.")
	@Size(max = 1000, message = "The reason has at most 1,000 characters.")
	private String reason;

	@NotNull(message = "Enter the date the acceptance expires.")
	@Future(message = "The expiry date must be in the future.")
	private LocalDate expiresOn;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}
}
