package io.cyclewise.report.internal;

import io.cyclewise.report.FactsheetSection;

import java.util.List;

import io.cyclewise.checklist.ChecklistResource;
import io.cyclewise.risk.FlagResource;

/** Everything an initiative's factsheet shows, read in one transaction and formatted for the template. */
record Factsheet(long id, String name, String purpose, String businessUnit, String lead, String userContexts,
		String phase, String phaseMeaning, String stage, String stageMeaning, String mechanism, String mechanismMeaning,
		String fit, List<CycleLine> cycles, List<ShiftLine> shifts, ChecklistResource checklists,
		List<FlagResource> openFlags, List<FlagResource> clearedFlags, List<HistoryLine> history,
		List<FactsheetSection.Content> sections, ReportStamp.Stamp stamp) {

	record CycleLine(String cycle, String state, String note, String since, int paceDays) {
	}

	record ShiftLine(String at, String by, String from, String to, String reason, String direction, String explanation) {
	}

	record HistoryLine(String at, String by, String aspect, String from, String to, String reason) {
	}
}
