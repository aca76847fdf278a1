package io.cyclewise.signal.measure;

import java.util.List;

import io.cyclewise.signal.MeasurementService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of a bulk import of data checks. */
public class DataCheckBatch {

	@NotEmpty(message = "{signal.bulk.items.required}")
	@Size(max = MeasurementService.BULK_LIMIT, message = "{signal.bulk.items.tooMany}")
	private List<BulkDataCheckForm> items;

	public List<BulkDataCheckForm> getItems() {
		return items;
	}

	public void setItems(List<BulkDataCheckForm> items) {
		this.items = items;
	}
}
