package io.cyclewise.user;

/**
 * An administrator changed what a person may do (their roles, or whether they may sign in). Published in the
 * transaction that saves the change; the security module ends the person's open sessions once it commits, so the
 * old rights do not live on in a session that was signed in before.
 *
 * @param username the person's username, as stored (the principal name of their sessions)
 */
public record UserAccessChanged(String username) {
}
