package io.cyclewise.checklist;

/**
 * Published with a new version of a checklist template: every initiative's applicable items may have changed, so
 * the risk engine recomputes the whole portfolio in the background (one event, not one per initiative).
 */
public record ChecklistTemplatePublished(ChecklistKind kind, int version, String publishedBy) {
}
