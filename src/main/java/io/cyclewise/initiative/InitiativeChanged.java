package io.cyclewise.initiative;

import java.util.Set;

/** Published after an initiative was registered or changed; other modules (checklists, risks) react to it. */
public record InitiativeChanged(long initiativeId, Set<Aspect> aspects) {
}
