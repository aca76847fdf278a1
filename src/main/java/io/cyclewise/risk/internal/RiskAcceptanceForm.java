package io.cyclewise.risk.internal;

import java.time.LocalDate;

import io.cyclewise.risk.AcceptRisk;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lead accepts a flag as a known risk: why, and until when (then it counts again). */
public class RiskAcceptanceForm {

	static final int MAX_DAYS = 365;

	@NotBlank(message = "{risk.acceptance.reason.required}")
	@Size(max = 1000, message = "{risk.acceptance.reason.tooLong}")
	private String reason;

	@NotNull(message = "{risk.acceptance.expiresOn.required}")
	@Future(message = "{risk.acceptance.expiresOn.future}")
	private LocalDate expiresOn;

	AcceptRisk toCommand() {
		return new AcceptRisk(reason, expiresOn);
	}

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
