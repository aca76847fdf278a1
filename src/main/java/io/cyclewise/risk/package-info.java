/**
 * The risk engine: the ML-based capability alignment study's temporal-complexity and context-sensitivity flags and the JSIS 2022 value-creation study's mechanism–condition
 * mismatch. Rules are plain Java ({@code rule} sub-package); flags are stored with the time they were raised and
 * cleared, and recomputed whenever their inputs change.
 */
package io.cyclewise.risk;
