/**
 * The initiative registry: initiatives with their alignment phase, lifecycle stage, value-creation mechanism and
 * the three cycles (seed 000, 001, 004), their expectations, and an append-only history.
 */
package io.cyclewise.initiative;
