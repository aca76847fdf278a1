package io.cyclewise.signal;

/** How often the initiative's cycles are reviewed, and the version of the stored cadence seen (null: the default). */
public record CadenceChange(int cadenceDays, Long version) {
}
