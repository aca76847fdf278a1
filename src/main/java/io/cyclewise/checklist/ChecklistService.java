package io.cyclewise.checklist;

import io.cyclewise.checklist.internal.ChecklistWork;
import io.cyclewise.user.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Stores checklist answers and mechanism shifts for other modules (demo data, imports); each is kept with its
 * history and announced as {@link ChecklistChanged}. The pages and the API use the same work underneath.
 */
@Service
public class ChecklistService {

	/** What storing an answer did. */
	public enum Outcome {
		SAVED, UNCHANGED, ALREADY_SAVED
	}

	private final ChecklistWork work;

	ChecklistService(ChecklistWork work) {
		this.work = work;
	}

	/**
	 * Stores the answer if the person saw the current one.
	 * @param seenVersion the answer version shown to the person, -1 if there was none
	 */
	public Outcome answer(long initiativeId, long templateItemId, AnswerInput input, long seenVersion, CurrentUser user) {
		return work.answer(initiativeId, templateItemId, input, seenVersion, user);
	}

	/**
	 * Answers the current version of an item named by its key, over whatever is stored (for data loaders and
	 * imports, which have no page that could be stale).
	 */
	public Outcome answerCurrent(long initiativeId, ChecklistKind kind, String itemKey, AnswerInput input,
			CurrentUser user) {
		return work.answerCurrent(initiativeId, kind, itemKey, input, user);
	}

	/** Records the shift and moves the initiative to the new mechanism through the registry. */
	public RecordedShift shift(long initiativeId, NewMechanismShift shift, CurrentUser user) {
		return work.shift(initiativeId, shift, user).toRecord();
	}
}
