/**
 * Notifications (docs/notifications.md): an in-app inbox per person with a bell in the navigation, preferences per
 * kind, and e-mail sent by a background worker with retries. Scans create notifications in bulk from the risk,
 * signal and token modules' data; other modules (e.g. stage gates) add their own through
 * {@link io.cyclewise.notification.Notifications#notify(io.cyclewise.notification.NewNotification)}.
 */
package io.cyclewise.notification;
