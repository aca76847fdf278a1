/**
 * The initiative registry: initiatives with their alignment phase, lifecycle stage, value-creation mechanism and
 * the three cycles (the ML-based capability alignment study and the JSIS 2022 value-creation study, 004), their expectations, and an append-only history.
 */
package io.cyclewise.initiative;
