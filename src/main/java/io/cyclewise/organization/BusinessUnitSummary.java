package io.cyclewise.organization;

/** A business unit as other modules see it: read-only, detached from the database. */
public record BusinessUnitSummary(long id, String name, String description) {
}
