package io.cyclewise.signal.measure;

import java.util.List;

import io.cyclewise.signal.BulkDataCheckForm;
import io.cyclewise.signal.MeasurementService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of a bulk import of data checks. */
public class DataCheckBatch {

	@NotEmpty(message = "Send at least one item.")
	@Size(max = MeasurementService.BULK_LIMIT, message = "Send at most 5,000 items per request; split a larger import into several requests.")
	private List<BulkDataCheckForm> items;

	public List<BulkDataCheckForm> getItems() {
		return items;
	}

	public void setItems(List<BulkDataCheckForm> items) {
		this.items = items;
	}
}
