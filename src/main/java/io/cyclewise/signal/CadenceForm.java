package io.cyclewise.signal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How often the initiative's cycles are reviewed. */
public class CadenceForm {

	@NotNull(message = "Enter the number of days between reviews.")
	@Min(value = 1, message = "The cadence is at least 1 day.")
	@Max(value = 730, message = "The cadence is at most 730 days (two years).")
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
}
