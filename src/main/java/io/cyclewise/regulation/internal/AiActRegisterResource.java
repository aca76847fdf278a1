package io.cyclewise.regulation.internal;

import java.util.Map;

import io.cyclewise.regulation.AiActTier;
import io.cyclewise.shared.ApiPage;

/**
 * The register in the API: classified initiatives per current tier, how many are not classified, and one page of
 * the classified initiatives (of the tier asked for, if any) with their open obligations.
 */
record AiActRegisterResource(Map<AiActTier, Long> byTier, long unclassified, ApiPage<AiActRegisterEntry> initiatives,
		String disclaimer) {
}
