package io.cyclewise.risk;

/**
 * A flag a rule raised now. {@code rule} is the rule's key (e.g. {@code PACE_MISMATCH}); {@code subject}
 * distinguishes several flags of one rule on one initiative (e.g. the expectation or metric concerned), so a flag
 * keeps its identity, and its raised date, across recomputations.
 */
public record RiskFinding(String rule, String subject, Severity severity, String explanation) {
}
