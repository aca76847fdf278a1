package io.cyclewise.regulation;

import java.util.List;

/** An initiative's AI Act classification in the API: the current one (null if none) and every one, newest first. */
record AiActResource(long initiativeId, ClassificationView current, List<ClassificationView> history,
		String disclaimer) {
}
