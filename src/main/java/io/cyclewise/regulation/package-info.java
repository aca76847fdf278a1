/**
 * The EU AI Act (Regulation (EU) 2024/1689): per initiative, a guided classification (prohibited practice under
 * Article 5, high-risk under Annex I or Annex III, transparency duties under Article 50, minimal risk) with the
 * organization's role, the answers and the reasoning; every classification is kept, the latest is current. High-risk
 * initiatives get the checklist module's "AI Act obligations" checklist through {@link io.cyclewise.checklist.AiActClassified}.
 * This supports, and does not replace, legal advice.
 */
package io.cyclewise.regulation;
