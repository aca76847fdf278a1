package io.cyclewise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.internal.FlagFilter;
import io.cyclewise.risk.internal.RecomputationQueue;
import io.cyclewise.risk.internal.RiskAcceptance;
import io.cyclewise.risk.internal.RiskAcceptanceRepository;
import io.cyclewise.risk.internal.RiskFlag;
import io.cyclewise.risk.internal.RiskFlagRepository;
import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.risk.rule.RiskRules;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An initiative's flags for its page, and a lead's acceptance of one. */
@Service
@Transactional(readOnly = true)
public class RiskFlagService {

	private final RiskFlagRepository flags;
	private final RiskAcceptanceRepository acceptances;
	private final InitiativeService initiatives;
	private final RecomputationQueue recomputations;
	private final RiskRules rules;
	private final Terms terms;
	private final Clock clock;

	RiskFlagService(RiskFlagRepository flags, RiskAcceptanceRepository acceptances, InitiativeService initiatives,
			RecomputationQueue recomputations, RiskRules rules, Terms terms, Clock clock) {
		this.rules = rules;
		this.terms = terms;
		this.flags = flags;
		this.acceptances = acceptances;
		this.initiatives = initiatives;
		this.recomputations = recomputations;
		this.clock = clock;
	}

	/** Open flags first (most severe first), then the cleared ones, newest first. */
	public List<RiskFlagView> flagsOf(long initiativeId) {
		return views(flags.findByInitiativeIdOrderByRaisedAtDesc(initiativeId)).stream()
			.sorted(Comparator.comparing((RiskFlagView view) -> !view.open())
				.thenComparing(view -> view.flag().getSeverity(), Comparator.reverseOrder())
				.thenComparing(RiskFlagView::raisedAt, Comparator.reverseOrder()))
			.toList();
	}

	/** An initiative's flags for the API, in the page's order (404 for an unknown initiative). */
	public List<FlagResource> resourcesOf(long initiativeId) {
		initiatives.get(initiativeId);
		return flagsOf(initiativeId).stream().map(this::resource).toList();
	}

	/** One page of the portfolio's flags, newest first; the acceptances of the page's flags in one query. */
	public Page<FlagResource> resources(FlagFilter filter) {
		PageRequest request = PageRequest.of(Math.min(filter.getPage(), Integer.MAX_VALUE / filter.getSize()),
				filter.getSize(), Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id")));
		Page<RiskFlag> page = flags.findAll(filter.specification(), request);
		List<FlagResource> items = views(page.getContent()).stream().map(this::resource).toList();
		return new PageImpl<>(items, request, page.getTotalElements());
	}

	/** Each flag with its latest acceptance (whether still in force is the view's to say). */
	private List<RiskFlagView> views(List<RiskFlag> all) {
		Map<Long, RiskAcceptance> latestAcceptance = acceptances
			.findByFlagIdInOrderByRecordedAtDesc(all.stream().map(RiskFlag::getId).toList()).stream()
			.collect(Collectors.toMap(RiskAcceptance::getFlagId, Function.identity(), (newer, older) -> newer));
		LocalDate today = LocalDate.now(clock);
		return all.stream().map(flag -> new RiskFlagView(flag, latestAcceptance.get(flag.getId()), today,
				terms.message(RiskRule.titleCode(flag.getRule())), rule(flag.getRule()).practice())).toList();
	}

	private FlagResource resource(RiskFlagView view) {
		return FlagResource.of(view, rule(view.rule()), terms);
	}

	/** Flags are only raised by known rules (V76 keeps the keys well-formed; removing a rule needs a migration). */
	private RiskRule rule(String key) {
		return rules.find(key).orElseThrow(() -> new IllegalStateException("No risk rule has the key " + key));
	}

	@Transactional
	public void accept(long initiativeId, long flagId, AcceptRisk acceptance, CurrentUser user) {
		requireAcceptor(initiativeId, user);
		RiskFlag flag = openFlag(initiativeId, flagId);
		acceptances.save(new RiskAcceptance(flag.getId(), acceptance.reason().trim(), acceptance.expiresOn(), user.username(),
				clock.instant()));
		// An accepted flag no longer counts towards the risk score on the dashboard.
		recomputations.mark(List.of(initiativeId), "Risk accepted");
	}

	/** Only the initiative's lead or an administrator accepts its risks. */
	public void requireAcceptor(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!InitiativePermissions.canEdit(user, initiative)) {
			throw new NotAllowedException("risk.acceptance.notAllowed");
		}
	}

	public RiskFlag openFlag(long initiativeId, long flagId) {
		return flags.findById(flagId).filter(flag -> flag.getInitiativeId() == initiativeId && flag.isOpen())
			.orElseThrow(() -> new NotFoundException("risk.flag.notFound", String.valueOf(flagId)));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
