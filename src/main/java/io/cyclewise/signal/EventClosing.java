package io.cyclewise.signal;

/**
 * Closing an event: an optional note and the version of the event the person saw (a change in between is refused).
 */
public record EventClosing(String note, Long version) {
}
