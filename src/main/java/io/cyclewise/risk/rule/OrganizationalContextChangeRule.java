package io.cyclewise.risk.rule;

import io.cyclewise.signal.ContextChangeType;
import org.springframework.stereotype.Component;

/** Technology changes in distant parts of the organization, restructuring, personnel changes in the team: an event of this kind not acknowledged, or acknowledged without its evidence. */
@Component
public class OrganizationalContextChangeRule extends ContextChangeEventRule {

	public static final String KEY = "ORGANIZATIONAL_CONTEXT_CHANGE";

	public OrganizationalContextChangeRule() {
		super(ContextChangeType.ORGANIZATIONAL_CONTEXT, "organizational-context change");
	}

	@Override
	public String key() {
		return KEY;
	}
}
