/**
 * The findings register: problems seen in operation (incidents) with severity, owner, ordered remediation steps and
 * a closure verified by a second person; linked to the initiative's context-change events and risk flags (the
 * ML-based capability alignment study: sustaining alignment means staying vigilant and responding to change).
 * Findings are never deleted; every change is written to their history.
 */
package io.cyclewise.finding;
