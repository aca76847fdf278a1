package io.cyclewise.risk;

import java.util.List;

/**
 * An administrator saved risk thresholds with at least one changed value (published in the saving transaction).
 * @param changes one sentence per changed threshold: its label, the value before and after
 */
public record RiskThresholdsChanged(String changedBy, List<String> changes) {
}
