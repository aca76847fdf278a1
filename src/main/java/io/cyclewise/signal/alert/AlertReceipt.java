package io.cyclewise.signal.alert;

import java.util.List;

/**
 * What became of one alert of a notification.
 * @param outcome {@code recorded data check 123}, {@code recorded event 45}, {@code closed event 45},
 *        {@code duplicate}, {@code nothing recorded} or {@code rejected}
 * @param reasons why it was rejected or nothing was recorded; empty otherwise
 */
record AlertReceipt(int index, String fingerprint, String status, String outcome, List<String> reasons) {

	static AlertReceipt recorded(int index, AlertmanagerPayload.Alert alert, String outcome) {
		return new AlertReceipt(index, alert.fingerprint(), alert.status(), outcome, List.of());
	}

	static AlertReceipt duplicate(int index, AlertmanagerPayload.Alert alert) {
		return new AlertReceipt(index, alert.fingerprint(), alert.status(), "duplicate", List.of());
	}

	static AlertReceipt nothingRecorded(int index, AlertmanagerPayload.Alert alert, String reason) {
		return new AlertReceipt(index, alert.fingerprint(), alert.status(), "nothing recorded", List.of(reason));
	}

	static AlertReceipt rejected(int index, AlertmanagerPayload.Alert alert, List<String> reasons) {
		return new AlertReceipt(index, alert.fingerprint(), alert.status(), "rejected", List.copyOf(reasons));
	}

	boolean isRejected() {
		return outcome.equals("rejected");
	}
}
