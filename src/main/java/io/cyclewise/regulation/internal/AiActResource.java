package io.cyclewise.regulation.internal;

import java.util.List;

import io.cyclewise.regulation.ClassificationView;

/** An initiative's AI Act classification in the API: the current one (null if none) and every one, newest first. */
record AiActResource(long initiativeId, ClassificationView current, List<ClassificationView> history,
		String disclaimer) {
}
