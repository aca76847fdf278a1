/**
 * The risk engine: seed 000's temporal-complexity and context-sensitivity flags and seed 001's mechanism–condition
 * mismatch. Rules are plain Java ({@code rule} sub-package); flags are stored with the time they were raised and
 * cleared, and recomputed whenever their inputs change.
 */
package io.cyclewise.risk;
