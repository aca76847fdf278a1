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
import io.cyclewise.user.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** An initiative's flags for its page, and a lead's acceptance of one. */
@Service
@Transactional(readOnly = true)
public class RiskFlagService {

	private final RiskFlagRepository flags;
	private final RiskAcceptanceRepository acceptances;
	private final InitiativeService initiatives;
	private final RecomputationQueue recomputations;
	private final Clock clock;

	RiskFlagService(RiskFlagRepository flags, RiskAcceptanceRepository acceptances, InitiativeService initiatives,
			RecomputationQueue recomputations, Clock clock) {
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
		return flagsOf(initiativeId).stream().map(FlagResource::of).toList();
	}

	/** One page of the portfolio's flags, newest first; the acceptances of the page's flags in one query. */
	Page<FlagResource> resources(FlagFilter filter) {
		PageRequest request = PageRequest.of(Math.min(filter.getPage(), Integer.MAX_VALUE / filter.getSize()),
				filter.getSize(), Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id")));
		Page<RiskFlag> page = flags.findAll(filter.specification(), request);
		List<FlagResource> items = views(page.getContent()).stream().map(FlagResource::of).toList();
		return new PageImpl<>(items, request, page.getTotalElements());
	}

	/** Each flag with its latest acceptance (whether still in force is the view's to say). */
	private List<RiskFlagView> views(List<RiskFlag> all) {
		Map<Long, RiskAcceptance> latestAcceptance = acceptances
			.findByFlagIdInOrderByAcceptedAtDesc(all.stream().map(RiskFlag::getId).toList()).stream()
			.collect(Collectors.toMap(RiskAcceptance::getFlagId, Function.identity(), (newer, older) -> newer));
		LocalDate today = LocalDate.now(clock);
		return all.stream().map(flag -> new RiskFlagView(flag, latestAcceptance.get(flag.getId()), today)).toList();
	}

	@Transactional
	public void accept(long initiativeId, long flagId, RiskAcceptanceForm form, CurrentUser user) {
		requireAcceptor(initiativeId, user);
		RiskFlag flag = openFlag(initiativeId, flagId);
		acceptances.save(new RiskAcceptance(flag.getId(), form.getReason().trim(), form.getExpiresOn(), user.username(),
				clock.instant()));
		// An accepted flag no longer counts towards the risk score on the dashboard.
		recomputations.mark(List.of(initiativeId), "Risk accepted");
	}

	/** Only the initiative's lead or an administrator accepts its risks. */
	void requireAcceptor(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!InitiativePermissions.canEdit(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator may accept its risks.");
		}
	}

	RiskFlag openFlag(long initiativeId, long flagId) {
		return flags.findById(flagId).filter(flag -> flag.getInitiativeId() == initiativeId && flag.isOpen())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This initiative has no open flag " + flagId + "."));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
