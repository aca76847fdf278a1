package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The organization's role for the AI system (Article 3(3) and 3(4)). */
public enum AiActRole implements DomainTerm {
	PROVIDER,
	DEPLOYER
}
