/**
 * Necessary-condition checklists for initiatives (seed 001 conditions, seed 000 alignment practices, seed 004 stage
 * readiness, seed 003 craft and mechanical work tactics), the mechanism fit and mechanism shifts. Other modules read
 * it through {@link io.cyclewise.checklist.ChecklistFacts} and react to {@link io.cyclewise.checklist.ChecklistChanged}.
 */
package io.cyclewise.checklist;
