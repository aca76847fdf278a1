/**
 * Portfolio dashboards for executives: a read model over the registry's and the risk engine's tables, every
 * aggregate one SQL GROUP BY, every number a link to the filtered initiative list behind it.
 */
package io.cyclewise.dashboard;
