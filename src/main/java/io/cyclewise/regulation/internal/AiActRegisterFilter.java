package io.cyclewise.regulation.internal;

import io.cyclewise.regulation.AiActTier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The register's filter and paging in the API. */
public class AiActRegisterFilter {

	private AiActTier tier;

	@Min(value = 0, message = "The page starts at 0.")
	@Max(value = 100000, message = "There are not that many pages.")
	private int page;

	@Min(value = 1, message = "The page size is 1 to 100.")
	@Max(value = 100, message = "The page size is 1 to 100.")
	private int size = 20;

	public AiActTier getTier() {
		return tier;
	}

	public void setTier(AiActTier tier) {
		this.tier = tier;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public int getSize() {
		return size;
	}

	public void setSize(int size) {
		this.size = size;
	}
}
