package io.cyclewise.signal.alert;

import java.util.List;

/** The answer to a notification: one receipt per alert, in the order sent, and how many Alertmanager left out. */
record AlertReport(int received, int rejected, Integer truncatedAlerts, List<AlertReceipt> alerts) {

	static AlertReport of(AlertmanagerPayload payload, List<AlertReceipt> receipts) {
		return new AlertReport(receipts.size(), (int) receipts.stream().filter(AlertReceipt::isRejected).count(),
				payload.truncatedAlerts() == null ? 0 : payload.truncatedAlerts(), receipts);
	}
}
