package io.drillbook.topology.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.drillbook.topology.ElementChange;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Imports;
import io.drillbook.topology.PendingImport;
import io.drillbook.topology.Problem;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.TopologyRejected;

import io.drillbook.topology.rvtools.InventoryFile;
import io.drillbook.system.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing environments: upload, preview with every problem or every change, confirm.
 */
@Controller
@RequestMapping("/environments/import")
class ImportController {

	/** Changes listed one by one on the preview; the counts always cover all of them. */
	static final int LISTED_CHANGES = 300;

	private static final String ROLE = "role.";

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	@ModelAttribute("sampleLoaded")
	boolean sampleLoaded() {
		return this.imports.sampleLoaded();
	}

	@GetMapping
	String upload() {
		return "topology/import";
	}

	@PostMapping("/sample")
	String importSample(Principal principal, RedirectAttributes redirect) {
		Optional<EnvironmentSnapshot> created = this.imports.importSample(principal.getName());
		redirect.addFlashAttribute("flashSuccess",
				created.map((e) -> "Imported " + e.name() + ", the sample estate.")
					.orElse("An environment with the sample's key (" + Imports.SAMPLE_KEY
							+ ") exists already; nothing was imported."));
		return "redirect:/environments/" + Imports.SAMPLE_KEY;
	}

	@PostMapping
	String preview(@RequestParam(name = "file", required = false) List<MultipartFile> files, Principal principal,
			Model model) throws IOException {
		List<MultipartFile> uploaded = (files != null) ? files.stream().filter((f) -> !f.isEmpty()).toList()
				: List.of();
		if (uploaded.size() != 1) {
			model.addAttribute("problems", List.of(new Problem("file", "file",
					uploaded.isEmpty() ? "choose a file to import" : "choose one environment file")));
			return "topology/import";
		}
		MultipartFile file = uploaded.get(0);
		Imports.Preview preview = this.imports.previewFile(file.getOriginalFilename(), file.getBytes(),
				principal.getName());
		if (!preview.problems().isEmpty()) {
			model.addAttribute("problems", preview.problems());
			return "topology/import";
		}
		return show(preview, model);
	}

	@PostMapping("/rvtools")
	String previewInventory(@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "") String environment, @RequestParam(defaultValue = "") String name,
			Principal principal, Model model) throws IOException {
		List<InventoryFile> inventory = uploaded(files);
		if (inventory.isEmpty()) {
			model.addAttribute("problems",
					List.of(new Problem("RVTools", "file", "choose the RVTools workbook or its CSV files")));
			return "topology/import";
		}
		Imports.Preview preview = this.imports.previewInventory(inventory, environment.trim(), name.trim(),
				principal.getName());
		if (!preview.problems().isEmpty()) {
			model.addAttribute("problems", preview.problems());
			return "topology/import";
		}
		return show(preview, model);
	}

	@PostMapping("/cmdb")
	String previewCmdb(@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "") String environment, Principal principal, Model model) throws IOException {
		List<InventoryFile> export = uploaded(files);
		if (export.isEmpty()) {
			model.addAttribute("problems", List
				.of(new Problem("CMDB", "file", "choose the CSV of configuration items, of relations, or both")));
			return "topology/import";
		}
		Imports.Preview preview = this.imports.previewCmdb(export, environment.trim(), principal.getName());
		if (!preview.problems().isEmpty()) {
			model.addAttribute("problems", preview.problems());
			return "topology/import";
		}
		return show(preview, model);
	}

	private static List<InventoryFile> uploaded(List<MultipartFile> files) throws IOException {
		List<InventoryFile> uploaded = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			if (!file.isEmpty()) {
				uploaded.add(new InventoryFile(String.valueOf(file.getOriginalFilename()), file.getBytes()));
			}
		}
		return uploaded;
	}

	@GetMapping("/{id}")
	String review(@PathVariable UUID id, Principal principal, Model model) {
		PendingImport pending = this.imports.find(id, principal.getName())
			.orElseThrow(() -> Refusal.missing("No " + "import preview; it may have expired, upload the file again")
				.refused());
		return show(this.imports.describe(pending), model);
	}

	@PostMapping("/{id}")
	String confirm(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Principal principal,
			RedirectAttributes redirect) {
		try {
			EnvironmentSnapshot environment = this.imports.confirm(id, principal.getName(), siteRoles(parameters));
			redirect.addFlashAttribute("flashSuccess", "Imported " + environment.name() + ".");
			return "redirect:/environments/" + environment.key();
		}
		catch (StaleEdit ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage() + " Upload the file again for a fresh preview.");
			return "redirect:/environments/import";
		}
		catch (TopologyRejected ex) {
			redirect.addFlashAttribute("flashError", "Nothing was imported: " + ex.getMessage());
			return "redirect:/environments/import";
		}
	}

	/** The site roles chosen, by site key, from the parameters named role.<site key>. */
	static Map<String, String> siteRoles(Map<String, String> parameters) {
		Map<String, String> roles = new TreeMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(ROLE) && name.length() > ROLE.length()) {
				roles.put(name.substring(ROLE.length()), value);
			}
		});
		return roles;
	}

	private String show(Imports.Preview preview, Model model) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (ElementChange change : preview.changes()) {
			counts.computeIfAbsent(change.type(), (t) -> new TreeMap<>())
				.merge(change.action().code(), 1, Integer::sum);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("roleChoices", SiteRole.values());
		model.addAttribute("counts", counts);
		model.addAttribute("listed", preview.changes().subList(0, Math.min(LISTED_CHANGES, preview.changes().size())));
		return "topology/import-preview";
	}

}
