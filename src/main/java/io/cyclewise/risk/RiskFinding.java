package io.cyclewise.risk;

/**
 * A flag a rule raised now. {@code subject} distinguishes several flags of one rule on one initiative (e.g. the
 * expectation or metric concerned), so a flag keeps its identity, and its raised date, across recomputations.
 */
public record RiskFinding(RiskRuleKind kind, String subject, Severity severity, String explanation) {
}
