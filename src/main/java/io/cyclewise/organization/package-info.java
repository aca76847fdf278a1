/** The organization's structure: business units (later also their maturity, seed 002). */
package io.cyclewise.organization;
