/**
 * The sign-in and administration audit log: sign-ins (succeeded and failed), role changes, personal access tokens
 * created and revoked, risk thresholds saved and checklist templates published. Entries are only added (the
 * database refuses changes); administrators read and filter them on {@code /admin/audit}.
 */
package io.cyclewise.audit;
