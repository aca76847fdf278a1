package io.cyclewise.signal.measure;

import java.util.List;

import io.cyclewise.signal.MeasurementService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of a bulk import of observations. */
public class ObservationBatch {

	@NotEmpty(message = "{signal.bulk.items.required}")
	@Size(max = MeasurementService.BULK_LIMIT, message = "{signal.bulk.items.tooMany}")
	private List<BulkObservationForm> items;

	public List<BulkObservationForm> getItems() {
		return items;
	}

	public void setItems(List<BulkObservationForm> items) {
		this.items = items;
	}
}
