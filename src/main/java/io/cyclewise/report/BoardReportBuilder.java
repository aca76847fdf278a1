package io.cyclewise.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.cyclewise.dashboard.BoardFigures;
import io.cyclewise.dashboard.DashboardFilter;
import io.cyclewise.dashboard.PortfolioFigures;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.risk.OpenFlagCounts;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Generates one board report: the dashboard's aggregates and top risks for the run's filter, then an appendix with
 * every initiative in the filter, read page by page (each page in its own short read transaction), its progress
 * stored after every page. Memory stays flat: each appendix page becomes its own PDF part in a temporary file, and the
 * parts are merged by PDFBox with a file-backed cache; only the HTML rows are kept in memory (plain text).
 */
@Component
class BoardReportBuilder {

	/** Thrown when the app stops during a generation; the run's claim then expires and it is taken up again. */
	static class Interrupted extends RuntimeException {

		Interrupted() {
			super("stopped", null, false, false);
		}
	}

	/** One initiative in the appendix. */
	record AppendixRow(String name, String businessUnit, String stage, String phase, String mechanism, long critical,
			long warning, long info) {
	}

	private final PortfolioFigures figures;
	private final InitiativeSelection selections;
	private final OpenFlagCounts flagCounts;
	private final ReportRenderer renderer;
	private final ReportStamp stamps;
	private final ReportRuns runs;
	private final java.time.Clock clock;
	private final int pageSize;

	BoardReportBuilder(PortfolioFigures figures, InitiativeSelection selections, OpenFlagCounts flagCounts,
			ReportRenderer renderer, ReportStamp stamps, ReportRuns runs, java.time.Clock clock,
			@Value("${cyclewise.report.page-size:500}") int pageSize) {
		this.figures = figures;
		this.selections = selections;
		this.flagCounts = flagCounts;
		this.renderer = renderer;
		this.stamps = stamps;
		this.runs = runs;
		this.clock = clock;
		this.pageSize = pageSize;
	}

	/** @return how many initiatives the report lists */
	int build(ReportRun run, BooleanSupplier stopping) {
		DashboardFilter filter = run.filter();
		ReportStamp.Stamp stamp = stamps.stamp(run.requestedBy(), ZonedDateTime.now(clock));
		BoardFigures board = figures.of(filter);
		int total = (int) board.initiatives();
		runs.progress(run.id(), 0, total);
		Path parts = createTemporaryDirectory();
		try {
			List<Path> pdfParts = new ArrayList<>();
			Map<String, Object> variables = new HashMap<>(Map.of("board", board, "run", run, "stamp", stamp));
			pdfParts.add(write(parts.resolve("0.pdf"), renderer.html("report/board", with(variables, "pdf", true))));
			StringBuilder appendixRows = new StringBuilder();
			int[] done = { 0 };
			selections.forEachPage(selection(filter), pageSize, page -> {
				if (stopping.getAsBoolean()) {
					throw new Interrupted();
				}
				List<AppendixRow> rows = rows(page);
				Map<String, Object> chunk = Map.of("rows", rows, "stamp", stamp, "first", done[0] == 0, "run", run);
				appendixRows.append(renderer.fragment("report/board-appendix", "rows", chunk));
				pdfParts.add(write(parts.resolve(pdfParts.size() + ".pdf"), renderer.html("report/board-appendix", chunk)));
				done[0] += page.size();
				runs.progress(run.id(), done[0], Math.max(total, done[0]));
			});
			String html = renderer.html("report/board", with(with(variables, "pdf", false), "appendixRows",
					appendixRows.toString()));
			runs.finish(run.id(), html, merge(pdfParts));
			return done[0];
		}
		finally {
			FileSystemUtils.deleteRecursively(parts.toFile());
		}
	}

	private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
		Map<String, Object> copy = new HashMap<>(variables);
		copy.put(name, value);
		return copy;
	}

	private InitiativeSelection.Selection selection(DashboardFilter filter) {
		InitiativeFilter list = new InitiativeFilter();
		list.setBusinessUnit(filter.getBusinessUnit());
		list.setPhase(filter.getPhase());
		list.setMechanism(filter.getMechanism());
		list.setLead(filter.getLead());
		return selections.select(list, null);
	}

	private List<AppendixRow> rows(List<InitiativeSummary> page) {
		Map<Long, OpenFlagCounts.Counts> counts = flagCounts.of(page.stream().map(InitiativeSummary::id).toList());
		return page.stream().map(initiative -> {
			OpenFlagCounts.Counts open = counts.getOrDefault(initiative.id(), new OpenFlagCounts.Counts(0, 0, 0));
			return new AppendixRow(initiative.name(), initiative.businessUnit().name(),
					initiative.lifecycleStage().label(), initiative.alignmentPhase().label(),
					initiative.mechanism().number() + " " + initiative.mechanism().label(), open.critical(),
					open.warning(), open.info());
		}).toList();
	}

	private Path write(Path file, String html) {
		try (OutputStream out = Files.newOutputStream(file)) {
			renderer.pdf(html, out);
			return file;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static byte[] merge(List<Path> pdfParts) {
		try {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (Path part : pdfParts) {
				merger.addSource(part.toFile());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static Path createTemporaryDirectory() {
		try {
			return Files.createTempDirectory("cyclewise-board-report-");
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
