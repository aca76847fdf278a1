package io.cyclewise.checklist;

import io.cyclewise.checklist.internal.ChecklistBoardService;
import io.cyclewise.user.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An initiative's checklists with their answers and evidence, for other modules (the factsheet), as the API reads them. */
@Service
@Transactional(readOnly = true)
public class ChecklistReading {

	private final ChecklistBoardService boards;

	ChecklistReading(ChecklistBoardService boards) {
		this.boards = boards;
	}

	/** @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	public ChecklistResource of(long initiativeId, CurrentUser user) {
		return boards.resource(initiativeId, user);
	}
}
