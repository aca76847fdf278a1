/** What every feature uses: the clock, the home page, the start-up report. */
package io.cyclewise.shared;
