/**
 * Signals from the field (the ML-based capability alignment study, context sensitivity and sustaining alignment): performance observations per
 * user context, data checks, context-change events and their acknowledgements, reviews with their cadence, and
 * the timelines that merge them. Other modules read the facts through {@link io.cyclewise.signal.SignalFacts} and
 * recompute on {@link io.cyclewise.signal.SignalsChanged}.
 */
package io.cyclewise.signal;
