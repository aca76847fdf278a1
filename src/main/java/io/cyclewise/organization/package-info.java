/** The organization's structure: business units (later also their maturity, the implementing-and-scaling AI study). */
package io.cyclewise.organization;
