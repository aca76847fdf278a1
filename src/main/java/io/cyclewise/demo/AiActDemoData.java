package io.cyclewise.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActService;
import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import io.cyclewise.regulation.HighRiskArea;
import io.cyclewise.regulation.NewClassification;
import io.cyclewise.regulation.TransparencyDuty;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo EU AI Act classifications: the credit limit advisor is high-risk (creditworthiness, Annex III point 5) and
 * the organization deploys it, with two obligations answered; the chatbot has transparency duties; the slotting
 * insights are minimal risk; the rest of the portfolio is not classified yet.
 */
@Component
class AiActDemoData {

	private static final CurrentUser ADMIN = new CurrentUser("admin", EnumSet.of(Role.ADMIN));
	private static final CurrentUser SCIENTIST = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));

	private final AiActService classifications;
	private final ChecklistService checklists;
	private final InitiativeService initiatives;
	private final TransactionTemplate transaction;

	AiActDemoData(AiActService classifications, ChecklistService checklists, InitiativeService initiatives,
			TransactionTemplate transaction) {
		this.classifications = classifications;
		this.checklists = checklists;
		this.initiatives = initiatives;
		this.transaction = transaction;
	}

	@EventListener(DemoPortfolioLoaded.class)
	void load() {
		transaction.executeWithoutResult(status -> {
			InitiativeSummary credit = byName("Credit limit advisor");
			classifications.classify(credit.id(), new NewClassification(AiActRole.DEPLOYER,
					answers(Set.of(HighRiskArea.ESSENTIAL_SERVICES), true, Set.of()), AiActTier.HIGH_RISK,
					"Sets credit limits from a vendor's creditworthiness model: Annex III point 5(b), and it profiles customers, "
							+ "so the Article 6(3) exception is not available. We deploy it; the vendor is the provider."), ADMIN);
			answer(credit, "DEPLOYER_HUMAN_OVERSIGHT", AnswerStatus.MET, "Credit officers review every limit above 5,000 EUR.");
			answer(credit, "DEPLOYER_FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", AnswerStatus.NOT_MET,
					"Planned with the data protection officer before August 2026.");

			classifications.classify(byName("Customer service chatbot").id(), new NewClassification(AiActRole.PROVIDER,
					answers(Set.of(), null, Set.of(TransparencyDuty.INTERACTS_WITH_PEOPLE,
							TransparencyDuty.GENERATES_SYNTHETIC_CONTENT)), AiActTier.TRANSPARENCY,
					"Our own chatbot talks to customers directly, so Article 50(1) applies; it decides nothing about them."), ADMIN);

			classifications.classify(byName("Warehouse slotting insights").id(), new NewClassification(AiActRole.PROVIDER,
					answers(Set.of(), null, Set.of()), AiActTier.MINIMAL,
					"Internal analysis of where goods are stored; no person is assessed or addressed."), ADMIN);
		});
	}

	/** No Article 5 practice, no Annex I product, no Article 6(3) exception claimed. */
	private static ClassificationAnswers answers(Set<HighRiskArea> areas, Boolean profilesNaturalPersons,
			Set<TransparencyDuty> duties) {
		return new ClassificationAnswers(Set.of(), false, areas, profilesNaturalPersons, false, null, duties);
	}

	private void answer(InitiativeSummary initiative, String itemKey, AnswerStatus status, String note) {
		checklists.answerCurrent(initiative.id(), ChecklistKind.AI_ACT_OBLIGATIONS, itemKey,
				new AnswerInput(status, null, note, List.of()), SCIENTIST);
	}

	private InitiativeSummary byName(String name) {
		return initiatives.findByName(name).orElseThrow();
	}
}
