package io.cyclewise.regulation;

/**
 * A classification to store, as other modules (e.g. the demo data) give it: the organization's role, the answers to
 * the guided questions, the tier concluded and why. {@link AiActService#classify} refuses it when it contradicts
 * itself, like the page and the API do.
 */
public record NewClassification(AiActRole role, ClassificationAnswers answers, AiActTier statedTier, String reasoning) {
}
