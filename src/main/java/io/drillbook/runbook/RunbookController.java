package io.drillbook.runbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.strategy.UnitPlan;
import io.drillbook.system.Refused;
import io.drillbook.system.Sha256;
import io.drillbook.system.Refusal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runbooks of an environment: the list, one runbook with its edits and versions,
 * publishing, diffs and the documents for the disaster.
 */
@Controller
class RunbookController {

	private static final String BASE = "/environments/{environment}/runbooks/{unit}/{scenario}";

	private final Runbooks runbooks;

	private final RunbookDocuments documents;

	private final RunbookBundles bundles;

	private final RunbookDrafts drafts;

	RunbookController(Runbooks runbooks, RunbookDocuments documents, RunbookBundles bundles, RunbookDrafts drafts) {
		this.runbooks = runbooks;
		this.drafts = drafts;
		this.documents = documents;
		this.bundles = bundles;
	}

	@GetMapping("/environments/{environment}/runbooks")
	String list(@PathVariable EnvironmentKey environment, Model model) {
		RunbookOverview overview = overview(environment);
		model.addAttribute("environment", overview.plan().environment());
		model.addAttribute("overview", overview);
		return "runbook/list";
	}

	@GetMapping("/environments/{environment}/runbooks/bundle")
	ResponseEntity<byte[]> bundle(@PathVariable EnvironmentKey environment, Principal principal) {
		RunbookBundles.Bundle bundle = this.bundles.make(environment, principal.getName())
			.orElseThrow(() -> notFound("environment " + environment));
		return download(bundle.content(), new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
				bundle.fileName());
	}

	@GetMapping("/runbooks/check")
	String checkForm() {
		return "runbook/check";
	}

	@PostMapping("/runbooks/check")
	String check(@RequestParam(defaultValue = "") String sha256,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file != null && !file.isEmpty()) {
			model.addAttribute("check", this.bundles.check(file.getBytes()));
		}
		else if (Sha256.find(sha256).isPresent()) {
			model.addAttribute("check", this.bundles.check(Sha256.find(sha256).get()));
		}
		else {
			model.addAttribute("problem",
					"sha256: write the 64 hexadecimal characters shown on the copy, or choose a file.");
		}
		return "runbook/check";
	}

	@GetMapping(BASE)
	String runbook(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			Model model) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		RunbookOverview overview = overview(environment);
		RunbookEntry entry = overview.entry(unit, key.scenario()).orElseThrow(() -> notFound("runbook " + unit));
		model.addAttribute("environment", overview.plan().environment());
		model.addAttribute("entry", entry);
		model.addAttribute("view", RunbookView.of(entry.draft(), this.runbooks.procedures()));
		model.addAttribute("versions", this.runbooks.versions(key));
		model.addAttribute("roles", this.runbooks.procedures().roles());
		model.addAttribute("sections", Section.values());
		model.addAttribute("overview", overview);
		return "runbook/runbook";
	}

	@PostMapping(BASE + "/publish")
	String publish(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			@RequestParam(defaultValue = "") String reviewed, Principal principal, RedirectAttributes redirect) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		try {
			RunbookVersion version = this.runbooks.publish(key, reviewed(reviewed), principal.getName());
			redirect.addFlashAttribute("flashSuccess",
					"Published version " + version.getNumber() + "; it can now be drilled.");
			return "redirect:" + key.page() + "/versions/" + version.getNumber();
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError", "Not published: " + ex.getMessage());
			return "redirect:" + key.page();
		}
	}

	@PostMapping(BASE + "/edit/move")
	String move(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			StepEdit form, Principal principal, RedirectAttributes redirect) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		return edit(key, redirect, "Moved the step.", () -> this.drafts.move(key, form.revision(), form.step(),
				"up".equals(form.direction()), principal.getName()));
	}

	@PostMapping(BASE + "/edit/text")
	String text(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			StepEdit form, Principal principal, RedirectAttributes redirect) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		return edit(key, redirect, "Saved the step's text.", () -> this.drafts.changeText(key, form.revision(),
				form.step(), form.instruction(), form.check(), principal.getName()));
	}

	@PostMapping(BASE + "/edit/add")
	String add(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			NewStepForm form, Principal principal, RedirectAttributes redirect) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		return edit(key, redirect, "Added the step.",
				() -> this.drafts.addStep(key, form.revision(), form.toStep(), principal.getName()));
	}

	@PostMapping(BASE + "/edit/revert")
	String revert(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			StepEdit form, Principal principal, RedirectAttributes redirect) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		return edit(key, redirect, "Undid the edit.",
				() -> this.drafts.revert(key, form.revision(), form.step(), principal.getName()));
	}

	@GetMapping(BASE + "/versions/{number}")
	String version(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			@PathVariable int number, Model model) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		RunbookOverview overview = overview(environment);
		RunbookVersion version = version(key, number);
		Runbook content = this.runbooks.content(version);
		model.addAttribute("environment", overview.plan().environment());
		model.addAttribute("version", version);
		model.addAttribute("doc", printable(overview, content, version));
		model.addAttribute("versions", this.runbooks.versions(key));
		return "runbook/version";
	}

	@GetMapping(BASE + "/versions/{number}/print")
	String print(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			@PathVariable int number, Model model, Principal principal) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		RunbookOverview overview = overview(environment);
		RunbookVersion version = version(key, number);
		model.addAttribute("doc", this.documents.exported(printable(overview, this.runbooks.content(version), version),
				version, "print", principal.getName()));
		model.addAttribute("backLink", key.page() + "/versions/" + number);
		return "runbook/document";
	}

	@GetMapping(BASE + "/versions/{number}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario, @PathVariable int number, Principal principal) {
		RunbookOverview overview = overview(environment);
		RunbookVersion version = version(RunbookKey.of(environment, unit, scenario), number);
		byte[] pdf = this.documents.pdf(this.documents.exported(
				printable(overview, this.runbooks.content(version), version), version, "pdf", principal.getName()));
		return download(pdf, MediaType.APPLICATION_PDF, fileName(version) + ".pdf");
	}

	@GetMapping(BASE + "/versions/{number}/md")
	ResponseEntity<byte[]> markdown(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario, @PathVariable int number, Principal principal) {
		RunbookOverview overview = overview(environment);
		RunbookVersion version = version(RunbookKey.of(environment, unit, scenario), number);
		String md = this.documents
			.markdown(this.documents.exported(printable(overview, this.runbooks.content(version), version), version,
					"markdown", principal.getName()));
		return download(md.getBytes(StandardCharsets.UTF_8), new MediaType("text", "markdown", StandardCharsets.UTF_8),
				fileName(version) + ".md");
	}

	@GetMapping(BASE + "/diff")
	String diff(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			@RequestParam int from, @RequestParam(defaultValue = "") String to, Model model) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		RunbookOverview overview = overview(environment);
		Optional<Integer> target = to.isBlank() || "draft".equals(to) ? Optional.empty() : Optional.of(parseNumber(to));
		try {
			model.addAttribute("diff", this.runbooks.diff(key, from, target));
		}
		catch (Refused ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		model.addAttribute("environment", overview.plan().environment());
		model.addAttribute("from", from);
		model.addAttribute("to", target.map(String::valueOf).orElse("draft"));
		model.addAttribute("unit", unit);
		model.addAttribute("scenario", key.scenario());
		model.addAttribute("title",
				overview.entry(unit, key.scenario())
					.map((e) -> e.draft().title())
					.orElseGet(() -> version(key, from).getTitle()));
		return "runbook/diff";
	}

	private RunbookDocuments.Printable printable(RunbookOverview overview, Runbook content, RunbookVersion version) {
		return this.documents.printable(content, overview.plan().environment().name(), Optional.of(version),
				version.getContentSha256(), unitNames(overview), overview.staleness(version));
	}

	private String edit(RunbookKey key, RedirectAttributes redirect, String done, Supplier<RunbookEntry> edit) {
		try {
			edit.get();
			redirect.addFlashAttribute("flashSuccess", done);
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError", "Not saved: " + ex.getMessage());
		}
		return "redirect:" + key.page();
	}

	private RunbookOverview overview(EnvironmentKey environment) {
		return this.runbooks.overview(environment).orElseThrow(() -> notFound("environment " + environment));
	}

	private RunbookVersion version(RunbookKey key, int number) {
		return this.runbooks.version(key, number)
			.orElseThrow(() -> notFound("version " + number + " of runbook " + key.local()));
	}

	// A publish names the draft that was reviewed; what names none cannot be checked.
	static Sha256 reviewed(String written) {
		return Sha256.find(written)
			.orElseThrow(
					() -> Refusal.invalid("reviewedSha256", "send the SHA-256 of the draft you reviewed.").refused());
	}

	static Map<String, String> unitNames(RunbookOverview overview) {
		Map<String, String> names = new HashMap<>();
		for (UnitPlan unit : overview.plan().plan().units()) {
			names.put(unit.key(), unit.name());
		}
		return names;
	}

	private static int parseNumber(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw notFound("version " + text);
		}
	}

	static String fileName(RunbookVersion version) {
		return version.getEnvironmentKey() + "-" + version.getUnitKey() + "-" + version.getScenario().code() + "-v"
				+ version.getNumber();
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static ResponseStatusException notFound(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
	}

}
