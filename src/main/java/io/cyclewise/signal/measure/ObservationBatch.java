package io.cyclewise.signal.measure;

import java.util.List;

import io.cyclewise.signal.BulkObservationForm;
import io.cyclewise.signal.MeasurementService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of a bulk import of observations. */
public class ObservationBatch {

	@NotEmpty(message = "Send at least one item.")
	@Size(max = MeasurementService.BULK_LIMIT, message = "Send at most 5,000 items per request; split a larger import into several requests.")
	private List<BulkObservationForm> items;

	public List<BulkObservationForm> getItems() {
		return items;
	}

	public void setItems(List<BulkObservationForm> items) {
		this.items = items;
	}
}
