package io.cyclewise.signal.review;

import io.cyclewise.signal.CadenceChange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How often the initiative's cycles are reviewed. */
public class CadenceForm {

	@NotNull(message = "{signal.cadence.cadenceDays.required}")
	@Min(value = 1, message = "{signal.cadence.cadenceDays.tooSmall}")
	@Max(value = 730, message = "{signal.cadence.cadenceDays.tooLarge}")
	private Integer cadenceDays;

	/** The version of the stored cadence the lead saw; null while the default applies. */
	private Long version;

	public Integer getCadenceDays() {
		return cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** What the service stores; validation has checked the number of days. */
	public CadenceChange toCommand() {
		return new CadenceChange(cadenceDays, version);
	}
}
