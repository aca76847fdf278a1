/**
 * Necessary-condition checklists for initiatives (the JSIS 2022 value-creation study conditions, the ML-based capability alignment study alignment practices, Papineni & Lind (2023) stage
 * readiness, Hopf, Müller, Shollo & Thiess craft and mechanical work tactics), the mechanism fit and mechanism shifts. Other modules read
 * it through {@link io.cyclewise.checklist.ChecklistFacts} and react to {@link io.cyclewise.checklist.ChecklistChanged}.
 */
package io.cyclewise.checklist;
