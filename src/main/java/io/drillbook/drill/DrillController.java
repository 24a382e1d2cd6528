package io.drillbook.drill;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.drillbook.identity.Role;
import io.drillbook.identity.UserDirectory;
import io.drillbook.runbook.RunbookCatalog;
import io.drillbook.system.FieldErrors;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentKey;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of drills and failovers: the list, starting one, and the execution view made
 * for a phone, which follows what others record within two seconds.
 */
@Controller
class DrillController {

	private final Executions executions;

	private final RunbookCatalog runbooks;

	private final EnvironmentCatalog environments;

	private final UserDirectory people;

	DrillController(Executions executions, RunbookCatalog runbooks, EnvironmentCatalog environments,
			UserDirectory people) {
		this.executions = executions;
		this.runbooks = runbooks;
		this.environments = environments;
		this.people = people;
	}

	static Actor actor(Authentication authentication) {
		Set<Role> roles = authentication.getAuthorities()
			.stream()
			.map((a) -> a.getAuthority())
			.filter((a) -> a.startsWith("ROLE_"))
			.map((a) -> a.substring(5))
			.flatMap((name) -> Arrays.stream(Role.values()).filter((r) -> r.name().equals(name)))
			.collect(Collectors.toSet());
		return new Actor(authentication.getName(), roles);
	}

	@GetMapping("/drills")
	String list(@RequestParam(defaultValue = "") String environment, Model model) {
		model.addAttribute("executions",
				this.executions.recent(environment.isBlank() ? Optional.empty() : Optional.of(environment)));
		model.addAttribute("environment", environment);
		return "drill/list";
	}

	@GetMapping("/drills/new")
	String startForm(@RequestParam(defaultValue = "") String environment, Model model) {
		model.addAttribute("startForm", StartForm.of(environment));
		return startPage(environment, model);
	}

	private String startPage(String environment, Model model) {
		model.addAttribute("environments", this.environments.summaries());
		model.addAttribute("environment", environment);
		model.addAttribute("runbooks",
				environment.isBlank() ? List.of() : this.runbooks.current(new EnvironmentKey(environment)));
		model.addAttribute("people", this.people.enabledPeople());
		model.addAttribute("roles", this.runbooks.roles());
		model.addAttribute("kinds", ExecutionKind.values());
		model.addAttribute("scopes", FailureScope.values());
		return "drill/new";
	}

	/**
	 * Starts the execution, or shows the form again with each refusal beside its field
	 * and everything typed kept.
	 */
	@PostMapping("/drills")
	Object start(@ModelAttribute("startForm") StartForm form, BindingResult errors, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		form.unreadable().forEach((problem) -> FieldErrors.add(problem, errors));
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!errors.hasErrors()) {
			try {
				Execution execution = this.executions.start(form.request(), actor(authentication));
				redirect.addFlashAttribute("flashSuccess", "Started. The outage counts from "
						+ Times.stamp(execution.getOutageDeclaredAt()) + "; every action is saved as you take it.");
				return "redirect:/drills/" + execution.getId();
			}
			catch (Refused ex) {
				FieldErrors.add(ex.refusal(), errors);
				status = HttpStatus.valueOf(ex.refusal().kind().status());
			}
		}
		return new ModelAndView(startPage(form.environment(), model), model.asMap(), status);
	}

	@GetMapping("/drills/{id}")
	String execution(@PathVariable long id, Model model, Authentication authentication) {
		model.addAttribute("closeForm", CloseForm.empty());
		return show(id, model, authentication);
	}

	private String show(long id, Model model, Authentication authentication) {
		ExecutionView view = this.executions.view(id).orElseThrow(() -> notFound(id));
		model.addAttribute("view", view);
		model.addAttribute("roles", roleTitles());
		model.addAttribute("people", this.people.enabledPeople());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("me", authentication.getName());
		return "drill/execution";
	}

	/**
	 * What others recorded since the page was drawn: nothing (204) when the stamp is
	 * unchanged, otherwise the live part of the page anew.
	 */
	@GetMapping("/drills/{id}/live")
	ModelAndView live(@PathVariable long id, @RequestParam(defaultValue = "") String stamp,
			Authentication authentication) {
		if (stamp.equals(this.executions.stamp(id))) {
			return new ModelAndView((model, request, response) -> response.setStatus(HttpStatus.NO_CONTENT.value()));
		}
		ExecutionView view = this.executions.view(id).orElseThrow(() -> notFound(id));
		ModelAndView fragment = new ModelAndView("drill/execution :: live");
		fragment.addObject("view", view);
		fragment.addObject("roles", roleTitles());
		fragment.addObject("people", this.people.enabledPeople());
		fragment.addObject("outcomes", Outcome.values());
		fragment.addObject("closeForm", CloseForm.empty());
		fragment.addObject("me", authentication.getName());
		return fragment;
	}

	@PostMapping("/drills/{id}/steps/{step}")
	String act(@PathVariable long id, @PathVariable long step, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String text,
			Authentication authentication, RedirectAttributes redirect) {
		return perform(id, redirect, () -> {
			StepAction parsed = StepAction.parse(action)
				.orElseThrow(() -> Refusal.invalid("action", "start, complete, skip or fail.").refused());
			StepRecord record = this.executions.act(id, step, parsed, version, text, actor(authentication));
			return "Step " + record.getPosition() + " " + parsed.verb() + " at "
					+ Times.clock((parsed == StepAction.START) ? record.getStartedAt() : record.getFinishedAt()) + ".";
		});
	}

	@PostMapping("/drills/{id}/steps/{step}/notes")
	String note(@PathVariable long id, @PathVariable long step, @RequestParam(defaultValue = "") String text,
			Authentication authentication, RedirectAttributes redirect) {
		return perform(id, redirect, () -> {
			StepNote note = this.executions.note(id, step, text, actor(authentication));
			return "Note saved at " + Times.clock(note.getWrittenAt()) + ".";
		});
	}

	@PostMapping("/drills/{id}/evidence")
	String attach(@PathVariable long id, @RequestParam(defaultValue = "") String step,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) {
		return perform(id, redirect, () -> {
			byte[] content;
			try {
				content = (file != null) ? file.getBytes() : new byte[0];
			}
			catch (IOException ex) {
				throw Refusal.invalid("file", "it could not be read; try again.").refused();
			}
			Optional<Long> stepId = step.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(step));
			EvidenceSummary saved = this.executions.attach(id, stepId, (file != null) ? file.getOriginalFilename() : "",
					content, actor(authentication));
			return "Attached " + saved.fileName() + " (" + saved.sizeBytes() + " bytes).";
		});
	}

	@GetMapping("/drills/{id}/evidence/{evidence}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidence) {
		Evidence file = this.executions.evidenceFile(id, evidence)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such evidence"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getFileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.getContent());
	}

	/**
	 * Closes the execution, or shows the page again with each refusal beside the field it
	 * concerns and everything typed kept.
	 */
	@PostMapping("/drills/{id}/close")
	Object close(@PathVariable long id, @ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		form.unreadable().forEach((problem) -> FieldErrors.add(problem, errors));
		if (!errors.hasErrors()) {
			try {
				Execution closed = this.executions.close(id, form.chosen().orElseThrow(), form.summary(),
						form.written(), actor(authentication));
				redirect.addFlashAttribute("flashSuccess",
						"Closed as " + closed.getOutcome().title().toLowerCase(Locale.ROOT)
								+ ". A second person who took no part must sign it off.");
				return "redirect:/drills/" + id;
			}
			catch (Refused ex) {
				if (ex.refusal().kind() != Refusal.Kind.INVALID) {
					redirect.addFlashAttribute("flashError", ex.getMessage());
					return "redirect:/drills/" + id;
				}
				FieldErrors.add(ex.refusal(), errors);
			}
		}
		return new ModelAndView(show(id, model, authentication), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@PostMapping("/drills/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam(defaultValue = "") String note, Authentication authentication,
			RedirectAttributes redirect) {
		return perform(id, redirect, () -> {
			this.executions.signOff(id, note, actor(authentication));
			return "Signed off.";
		});
	}

	@PostMapping("/drills/{id}/corrections")
	String correct(@PathVariable long id, @RequestParam(defaultValue = "") String step,
			@RequestParam(defaultValue = "") String text, Authentication authentication, RedirectAttributes redirect) {
		return perform(id, redirect, () -> {
			this.executions.correct(id, step.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(step)), text,
					actor(authentication));
			return "Correction added; the record itself is unchanged.";
		});
	}

	@PostMapping("/drills/findings/{finding}/done")
	String findingDone(@PathVariable long finding, Authentication authentication, RedirectAttributes redirect) {
		try {
			Finding done = this.executions.findingDone(finding, actor(authentication));
			redirect.addFlashAttribute("flashSuccess", "Marked the follow-up action done.");
			return "redirect:/drills/" + done.getExecutionId();
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/drills";
		}
	}

	private Map<String, String> roleTitles() {
		Map<String, String> titles = new LinkedHashMap<>();
		this.runbooks.roles().forEach((r) -> titles.put(r.key(), r.title()));
		return titles;
	}

	private String perform(long id, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flashSuccess", action.get());
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError",
					(ex.refusal().kind() == Refusal.Kind.CONFLICT ? "" : "Not saved: ") + ex.getMessage());
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("flashError", "Not saved: step: not a step of this execution.");
		}
		return "redirect:/drills/" + id;
	}

	private static ResponseStatusException notFound(long id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No execution " + id);
	}

}
