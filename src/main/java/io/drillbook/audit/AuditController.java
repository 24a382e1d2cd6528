package io.drillbook.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.drillbook.drill.DrillRecords;
import io.drillbook.drill.ExecutionKind;
import io.drillbook.drill.Outcome;
import io.drillbook.topology.EnvironmentCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The auditors' pages: the history of executions, the compliance board and the audit log
 * with its verification. They only read.
 */
@Controller
class AuditController {

	static final int PAGE = 50;

	private final AuditQueries queries;

	private final AuditLog log;

	private final DrillRecords drills;

	private final ComplianceBoard board;

	private final EnvironmentCatalog environments;

	private final EvidencePacks packs;

	private final Clock clock;

	AuditController(AuditQueries queries, AuditLog log, DrillRecords drills, ComplianceBoard board,
			EnvironmentCatalog environments, EvidencePacks packs, Clock clock) {
		this.packs = packs;
		this.queries = queries;
		this.log = log;
		this.drills = drills;
		this.board = board;
		this.environments = environments;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String history(@RequestParam(defaultValue = "") String environment, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String rto, @RequestParam(defaultValue = "0") int page, Model model) {
		DrillRecords.ExecutionQuery query = query(environment, unit, kind, from, to, outcome, rto);
		model.addAttribute("result", this.drills.executions(query, Math.max(0, page), PAGE));
		model.addAttribute("environments", this.environments.summaries());
		model.addAttribute("kinds", ExecutionKind.values());
		model.addAttribute("outcomes", Outcome.values());
		return "audit/history";
	}

	@GetMapping("/audit/compliance")
	String compliance(@RequestParam(defaultValue = "") String environment, Model model) {
		model.addAttribute("rows", this.board.rows(optional(environment)));
		model.addAttribute("environments", this.environments.summaries());
		model.addAttribute("now", this.clock.instant());
		return "audit/compliance";
	}

	@GetMapping("/audit/log")
	String log(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String environment, @RequestParam(defaultValue = "") String object,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result",
				this.queries.entries(filter(actor, action, environment, object, from, to), Math.max(0, page), PAGE));
		return "audit/log";
	}

	@PostMapping("/audit/log/verification")
	String verify(Model model) {
		model.addAttribute("verification", this.log.verify(this.clock.instant()));
		model.addAttribute("result", this.queries.entries(filter("", "", "", "", "", ""), 0, PAGE));
		return "audit/log";
	}

	@GetMapping("/audit/evidence-pack")
	String packForm(Model model) {
		model.addAttribute("environments", this.environments.summaries());
		return "audit/pack";
	}

	@PostMapping("/audit/evidence-pack")
	void pack(@RequestParam(defaultValue = "") String environment, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Principal principal, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Optional<String> refused = packRefusal(environment, from, to);
		if (refused.isPresent()) {
			RequestContextUtils.getOutputFlashMap(request).put("flashError", refused.get());
			RequestContextUtils.saveOutputFlashMap("/audit/evidence-pack", request, response);
			response.sendRedirect(request.getContextPath() + "/audit/evidence-pack");
			return;
		}
		DrillRecords.ExecutionQuery query = query(environment, "", "", from, to, "", "");
		String scope = (environment.isBlank() ? "all environments" : "environment " + environment) + ", "
				+ (from.isBlank() ? "from the start" : "from " + from) + " " + (to.isBlank() ? "to now" : "to " + to);
		EvidencePacks.Pack pack = this.packs.export(query, scope, principal.getName());
		try {
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(pack.zip()));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pack.fileName()).build().toString());
			response.setHeader("X-Drillbook-SHA256", pack.sha256());
			Files.copy(pack.zip(), response.getOutputStream());
		}
		finally {
			EvidencePacks.discard(pack.zip());
		}
	}

	// A pack is evidence of exactly the scope it names, so what cannot be read is refused
	// rather than left out as a search would.
	private Optional<String> packRefusal(String environment, String from, String to) {
		if (!environment.isBlank()
				&& this.environments.summaries().stream().noneMatch((e) -> e.key().equals(environment))) {
			return Optional.of("environment: there is no environment with that key.");
		}
		for (String[] field : new String[][] { { "from", from }, { "to", to } }) {
			if (!field[1].isBlank() && day(field[1], field[0]).isEmpty()) {
				return Optional.of(field[0] + ": write a date as YYYY-MM-DD, such as 2026-01-31.");
			}
		}
		if (!from.isBlank() && !to.isBlank() && day(from, "from").get().isAfter(day(to, "to").get())) {
			return Optional.of("to: a date on or after the from date.");
		}
		return Optional.empty();
	}

	static AuditQueries.Filter filter(String actor, String action, String environment, String object, String from,
			String to) {
		return new AuditQueries.Filter(optional(actor), optional(action), optional(environment), optional(object),
				day(from, "from"), day(to, "to").map((d) -> d.plusSeconds(86_400)));
	}

	static DrillRecords.ExecutionQuery query(String environment, String unit, String kind, String from, String to,
			String outcome, String rto) {
		return new DrillRecords.ExecutionQuery(optional(environment), optional(unit),
				optional(kind).flatMap((k) -> parse(ExecutionKind.class, k)), day(from, "from"),
				day(to, "to").map((d) -> d.plusSeconds(86_400)),
				optional(outcome).flatMap((o) -> parse(Outcome.class, o)), switch (rto) {
					case "met" -> Optional.of(true);
					case "missed" -> Optional.of(false);
					default -> Optional.empty();
				});
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		try {
			return Optional.of(Enum.valueOf(type, value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	// Periods are whole days in UTC; a date that cannot be read is ignored rather than
	// refusing the whole search.
	static Optional<Instant> day(String text, String field) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 1 || date.getYear() > 9999) {
				return Optional.empty();
			}
			return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static Optional<String> optional(String text) {
		return (text == null || text.isBlank()) ? Optional.empty() : Optional.of(text.strip());
	}

}
