/**
 * Organization maturity (the implementing-and-scaling AI study): per business unit, dated assessments of the six socio-technical components
 * against the three phases of implementing and scaling AI. Every assessment is kept.
 */
package io.cyclewise.maturity;
