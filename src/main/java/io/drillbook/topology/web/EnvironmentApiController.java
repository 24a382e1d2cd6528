package io.drillbook.topology.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Coded;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.EnvironmentSummary;
import io.drillbook.topology.Environments;
import io.drillbook.topology.Imports;
import io.drillbook.topology.Problem;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRejected;

import io.drillbook.system.Refusal;

import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.file.EnvironmentFiles;
import io.drillbook.topology.impact.ElementType;
import io.drillbook.topology.impact.FailurePoint;
import io.drillbook.topology.impact.Impact;
import io.drillbook.topology.impact.ImpactAnalysis;
import io.drillbook.topology.rvtools.InventoryFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Environments over JSON: read by every role, written by architects, in the same file
 * format as the import and export.
 */
@RestController
@RequestMapping("/api/v1/environments")
@Tag(name = "Topology", description = "Environments, their topology, impact analysis and history")
class EnvironmentApiController {

	private final Environments environments;

	private final EnvironmentFileCodec codec;

	private final Imports imports;

	private final Clock clock;

	EnvironmentApiController(Environments environments, EnvironmentFileCodec codec, Imports imports, Clock clock) {
		this.environments = environments;
		this.codec = codec;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Every environment, without topology")
	List<EnvironmentSummary> list() {
		return this.environments.summaries();
	}

	@GetMapping("/{key}")
	@Operation(summary = "One environment in the file format; the ETag is its fingerprint")
	ResponseEntity<EnvironmentFile> get(@PathVariable EnvironmentKey key, Principal principal) {
		Environments.Export export = this.environments.export(key, "api", principal.getName());
		return answer(export.environment(), export.file());
	}

	@PutMapping(path = "/{key}", consumes = { "application/json", "application/yaml" })
	@Operation(summary = "Create or replace an environment from the file format (JSON or YAML), all or nothing",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The environment file, at most 32 MB",
					content = { @Content(mediaType = "application/json", schema = @Schema(type = "object")),
							@Content(mediaType = "application/yaml", schema = @Schema(type = "string")) }))
	ResponseEntity<EnvironmentFile> put(@PathVariable EnvironmentKey key, HttpServletRequest request,
			@RequestHeader(name = "Content-Type") String contentType,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Principal principal)
			throws IOException {
		byte[] body = bounded(request);
		// A client that read the environment first can make sure it replaces what it
		// read.
		if (ifMatch != null) {
			String current = this.environments.find(key).map(EnvironmentSnapshot::fingerprint).orElse("");
			if (!ifMatch.replace("\"", "").equals(current)) {
				throw new StaleEdit(key.value());
			}
		}
		EnvironmentFileCodec.Parsed parsed = this.codec.parse(contentType.contains("yaml") ? "body.yaml" : "body.json",
				body);
		if (parsed.file().isEmpty()) {
			throw new TopologyRejected(parsed.problems());
		}
		EnvironmentFiles.Reading reading = EnvironmentFiles.read(parsed.file().get());
		if (!reading.isValid()) {
			throw new TopologyRejected(reading.problems());
		}
		if (!key.value().equals(reading.header().key())) {
			throw new TopologyRejected(List.of(new Problem("environment", "key",
					"the body describes '" + reading.header().key() + "' but the URL names '" + key + "'")));
		}
		boolean exists = this.environments.find(key).isPresent();
		EnvironmentSnapshot stored = this.environments.put(reading.header(), reading.topology(), principal.getName());
		// The writer gets back what it wrote: not an export, so not audited as one.
		ResponseEntity<EnvironmentFile> current = answer(stored,
				EnvironmentFiles.write(
						new EnvironmentFile.Header(stored.key().value(), stored.name(), stored.description()),
						stored.topology()));
		return exists ? current
				: ResponseEntity.created(URI.create("/api/v1/environments/" + key))
					.headers(current.getHeaders())
					.body(current.getBody());
	}

	@PostMapping(path = "/{key}/rvtools", consumes = "multipart/form-data")
	@Operation(summary = "Import an RVTools workbook or its vInfo/vHost/vCluster CSV files into an environment, "
			+ "creating it when the key is new; all or nothing")
	ResponseEntity<Map<String, Object>> importInventory(@PathVariable EnvironmentKey key,
			@RequestPart("file") List<MultipartFile> files, @RequestParam(defaultValue = "") String name,
			@Parameter(
					description = "The role of a site of the inventory, as role.<site key>=primary or "
							+ "recovery; a site not named gets the role the import proposes (see sites in the answer)",
					schema = @Schema(type = "object")) @RequestParam Map<String, String> parameters,
			Principal principal) throws IOException {
		List<InventoryFile> inventory = new ArrayList<>();
		for (MultipartFile file : files) {
			inventory.add(new InventoryFile(String.valueOf(file.getOriginalFilename()), file.getBytes()));
		}
		Imports.Preview preview = this.imports.previewInventory(inventory, key.value(),
				name.isBlank() ? key.value() : name, principal.getName());
		if (!preview.problems().isEmpty()) {
			throw new TopologyRejected(preview.problems());
		}
		EnvironmentSnapshot environment = this.imports.confirm(preview.id().orElseThrow(), principal.getName(),
				ImportController.siteRoles(parameters));
		Map<String, Object> body = imported(environment, preview);
		body.put("sites",
				preview.siteRoles()
					.stream()
					.map((proposal) -> Map.of("site", proposal.site(), "name", proposal.name(), "proposed",
							proposal.role().code(), "reason", proposal.reason(), "role",
							environment.topology().site(proposal.site()).orElseThrow().role().code()))
					.toList());
		return ResponseEntity.status(preview.replacing() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
	}

	@PostMapping(path = "/{key}/cmdb", consumes = "multipart/form-data")
	@Operation(summary = "Apply a CMDB export to an environment: configuration items' business criticality as the "
			+ "tiers of the components they stand for, their Depends on relations as hard dependencies; all or nothing")
	ResponseEntity<Map<String, Object>> importCmdb(@PathVariable EnvironmentKey key,
			@RequestPart("file") List<MultipartFile> files, Principal principal) throws IOException {
		List<InventoryFile> export = new ArrayList<>();
		for (MultipartFile file : files) {
			export.add(new InventoryFile(String.valueOf(file.getOriginalFilename()), file.getBytes()));
		}
		Imports.Preview preview = this.imports.previewCmdb(export, key.value(), principal.getName());
		if (!preview.problems().isEmpty()) {
			throw new TopologyRejected(preview.problems());
		}
		EnvironmentSnapshot environment = this.imports.confirm(preview.id().orElseThrow(), principal.getName());
		return ResponseEntity.ok(imported(environment, preview));
	}

	/**
	 * What an import answers: the environment as stored, what changed, what was noted.
	 */
	private static Map<String, Object> imported(EnvironmentSnapshot environment, Imports.Preview preview) {
		Map<String, Long> counts = new TreeMap<>();
		preview.changes().forEach((change) -> counts.merge(change.action().code(), 1L, Long::sum));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("environment", environment.key().value());
		body.put("revision", environment.revision());
		body.put("fingerprint", environment.fingerprint());
		body.put("changes", counts);
		body.put("notes", preview.notes());
		return body;
	}

	@DeleteMapping("/{key}")
	@Operation(summary = "Remove an environment")
	ResponseEntity<Void> delete(@PathVariable EnvironmentKey key, Principal principal) {
		this.environments.remove(key, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{key}/impact")
	@Operation(summary = "What fails, after which grace period, and what keeps running if the element fails")
	Impact impact(@PathVariable EnvironmentKey key, @RequestParam String type, @RequestParam String element) {
		EnvironmentSnapshot environment = this.environments.require(key);
		ElementType elementType = Coded.parse(ElementType.class, type)
			.orElseThrow(() -> new TopologyRejected(List.of(new Problem("request", "type",
					"unknown element type '" + type + "'; use one of " + Coded.codes(ElementType.class)))));
		try {
			return ImpactAnalysis.whatIf(environment.topology(), new FailurePoint(elementType, element),
					this.clock.instant());
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.missing("No " + type + " '" + element + "' in " + key).refused();
		}
	}

	@GetMapping("/{key}/history")
	@Operation(summary = "The environment's change history, newest first")
	Page<Map<String, Object>> history(@PathVariable EnvironmentKey key, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.environments.history(key, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
			.map((c) -> Map.of("revision", c.getRevision(), "changedAt", c.getChangedAt(), "changedBy",
					c.getChangedBy(), "elementType", c.getElementType(), "elementKey", c.getElementKey(), "action",
					c.getAction(), "before", (c.getBeforeValue() != null) ? c.getBeforeValue() : "", "after",
					(c.getAfterValue() != null) ? c.getAfterValue() : ""));
	}

	// Read up to the limit and no further: a body that is larger, announced or chunked,
	// is refused without holding more of it in memory than the limit.
	private static byte[] bounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > EnvironmentFileCodec.MAX_BYTES) {
			throw new BodyTooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(EnvironmentFileCodec.MAX_BYTES + 1);
			if (body.length > EnvironmentFileCodec.MAX_BYTES) {
				throw new BodyTooLarge();
			}
			return body;
		}
	}

	/** A request body over the size an environment file may have. */
	static final class BodyTooLarge extends RuntimeException {

		BodyTooLarge() {
			super("body: an environment file may have at most " + EnvironmentFileCodec.MAX_BYTES / (1024 * 1024)
					+ " MB; nothing was read beyond that and nothing was saved.");
		}

	}

	@ExceptionHandler(BodyTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()));
	}

	@ExceptionHandler(TopologyRejected.class)
	ResponseEntity<ProblemDetail> rejected(TopologyRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The topology breaks " + ex.problems().size() + " rule(s); nothing was saved.");
		problem.setProperty("problems", ex.problems());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(StaleEdit.class)
	ResponseEntity<ProblemDetail> stale(StaleEdit ex) {
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage()));
	}

	private static ResponseEntity<EnvironmentFile> answer(EnvironmentSnapshot environment, EnvironmentFile file) {
		return ResponseEntity.ok()
			.eTag(environment.fingerprint())
			.header("X-Revision", Long.toString(environment.revision()))
			.body(file);
	}

}
