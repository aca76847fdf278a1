package io.cyclewise.risk.rule;

import io.cyclewise.signal.ContextChangeType;
import org.springframework.stereotype.Component;

/** Sudden shocks and gradual changes in standards, regulations or consumer behaviour: an event of this kind not acknowledged, or acknowledged without its evidence. */
@Component
public class ExternalEnvironmentChangeRule extends ContextChangeEventRule {

	public static final String KEY = "EXTERNAL_ENVIRONMENT_CHANGE";

	public ExternalEnvironmentChangeRule() {
		super(ContextChangeType.EXTERNAL_ENVIRONMENT, "external-environment change");
	}

	@Override
	public String key() {
		return KEY;
	}
}
