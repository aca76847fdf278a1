package io.cyclewise.demo;

/**
 * Published once, right after the demo users, business units and initiatives were stored in an empty database.
 * Each feature's demo data (checklist answers, observations, events, …) listens for it, so demo data loads once.
 */
public record DemoPortfolioLoaded() {
}
