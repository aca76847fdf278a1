package io.cyclewise.checklist;

/**
 * Published after a checklist answer or a mechanism shift was stored, or when the initiative's mechanism or stage
 * changed which items apply; the risk engine recomputes its flags on it.
 */
public record ChecklistChanged(long initiativeId) {
}
