package io.drillbook.topology.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.drillbook.topology.Coded;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Durations;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Placement;
import io.drillbook.topology.PlacementKind;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Tier;
import io.drillbook.topology.VmFacts;

/**
 * What an architect edits about a component; converted to a {@link Component} whose
 * problems are reported against these field names.
 * <p>
 * Kept whole: one field and its parse per property of a component, bound by name from the
 * page.
 */
class ComponentForm {

	private String key = "";

	private String name = "";

	private String kind = ComponentKind.APPLICATION.code();

	private String product = "";

	private String version = "";

	private String patchLevel = "";

	private String placementKind = PlacementKind.VM.code();

	private String placementCluster = "";

	private String placementHost = "";

	private String colocatedWith = "";

	private int tier = 3;

	private String rto = "24h";

	private String rpo = "24h";

	private List<String> mustSurvive = new ArrayList<>(List.of(FailureMode.HOST_FAILURE.code()));

	private String stateFiles = "";

	private boolean standbyCanTakeOverIp;

	private String standbyHost;

	private long revision;

	static ComponentForm of(Component component, long revision) {
		ComponentForm form = new ComponentForm();
		form.key = component.key();
		form.name = component.name();
		form.kind = component.kind().code();
		form.product = component.product();
		form.version = component.version();
		form.patchLevel = component.patchLevel();
		Placement placement = component.placement();
		form.placementKind = placement.kind().code();
		if (placement.kind() == PlacementKind.PHYSICAL) {
			form.placementHost = placement.target();
		}
		else {
			form.placementCluster = placement.target();
			form.placementHost = placement.host().orElse("");
		}
		form.colocatedWith = String.join(", ", component.colocatedWith().stream().sorted().toList());
		form.tier = component.tier().level();
		form.rto = Durations.format(component.rto());
		form.rpo = Durations.format(component.rpo());
		form.mustSurvive = new ArrayList<>(component.mustSurvive().stream().sorted().map(FailureMode::code).toList());
		form.stateFiles = String.join("\n", component.stateFiles());
		form.standbyCanTakeOverIp = component.standbyCanTakeOverIp();
		form.standbyHost = component.standbyHost().orElse("");
		form.revision = revision;
		return form;
	}

	/**
	 * The component this form describes, or the problems that prevent it, named by form
	 * field.
	 * <p>
	 * Kept whole: one parse per form field, each adding its problem, so that every wrong
	 * field is named at once.
	 */
	Component toComponent(List<Problem> problems) {
		String where = "component " + this.key;
		Optional<ComponentKind> parsedKind = Coded.parse(ComponentKind.class, this.kind);
		if (parsedKind.isEmpty()) {
			problems.add(new Problem(where, "kind", "choose a kind"));
		}
		Optional<PlacementKind> parsedPlacement = Coded.parse(PlacementKind.class, this.placementKind);
		if (parsedPlacement.isEmpty()) {
			problems.add(new Problem(where, "placementKind", "choose how it runs"));
		}
		Optional<Duration> parsedRto = Durations.parse(this.rto);
		if (parsedRto.isEmpty()) {
			problems.add(new Problem(where, "rto", "write a duration such as 4h, 30m or 2d"));
		}
		Optional<Duration> parsedRpo = Durations.parse(this.rpo);
		if (parsedRpo.isEmpty()) {
			problems.add(new Problem(where, "rpo", "write a duration such as 15m, 1h or 1d"));
		}
		Optional<Tier> parsedTier = Tier.parse(this.tier);
		if (parsedTier.isEmpty()) {
			problems.add(new Problem(where, "tier", "choose a tier from 1 to 4"));
		}
		Set<FailureMode> failures = EnumSet.noneOf(FailureMode.class);
		for (String code : (this.mustSurvive != null) ? this.mustSurvive : List.<String>of()) {
			Coded.parse(FailureMode.class, code).ifPresent(failures::add);
		}
		if (!problems.isEmpty()) {
			return null;
		}
		Placement placement = switch (parsedPlacement.get()) {
			case VM -> new Placement(PlacementKind.VM, trim(this.placementCluster),
					trim(this.placementHost).isEmpty() ? Optional.empty() : Optional.of(trim(this.placementHost)));
			case PHYSICAL -> Placement.physical(trim(this.placementHost));
			case CLUSTER -> Placement.capabilityOf(trim(this.placementCluster));
		};
		Set<String> colocated = new LinkedHashSet<>();
		Arrays.stream(trim(this.colocatedWith).split("[,\\s]+")).filter((k) -> !k.isBlank()).forEach(colocated::add);
		List<String> files = Arrays.stream(trim(this.stateFiles).split("\\R"))
			.map(String::trim)
			.filter((line) -> !line.isEmpty())
			.toList();
		return new Component(trim(this.key), trim(this.name), parsedKind.get(), trim(this.product), trim(this.version),
				trim(this.patchLevel), placement, colocated, parsedTier.get(), parsedRto.get(), parsedRpo.get(),
				failures, files, this.standbyCanTakeOverIp,
				trim(this.standbyHost).isEmpty() ? Optional.empty() : Optional.of(trim(this.standbyHost)),
				VmFacts.NONE);
	}

	/** Maps a field named by the topology rules to the form field that shows it. */
	static String formField(String ruleField) {
		return switch (ruleField) {
			case "placement.cluster" -> "placementCluster";
			case "placement.host" -> "placementHost";
			case "placement.kind" -> "placementKind";
			case "key", "name", "kind", "tier", "rto", "rpo", "colocatedWith", "product", "version", "patchLevel",
					"mustSurvive", "stateFiles", "standbyHost", "placementCluster", "placementHost", "placementKind" ->
				ruleField;
			default -> "";
		};
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : "";
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getPatchLevel() {
		return this.patchLevel;
	}

	public void setPatchLevel(String patchLevel) {
		this.patchLevel = patchLevel;
	}

	public String getPlacementKind() {
		return this.placementKind;
	}

	public void setPlacementKind(String placementKind) {
		this.placementKind = placementKind;
	}

	public String getPlacementCluster() {
		return this.placementCluster;
	}

	public void setPlacementCluster(String placementCluster) {
		this.placementCluster = placementCluster;
	}

	public String getPlacementHost() {
		return this.placementHost;
	}

	public void setPlacementHost(String placementHost) {
		this.placementHost = placementHost;
	}

	public String getColocatedWith() {
		return this.colocatedWith;
	}

	public void setColocatedWith(String colocatedWith) {
		this.colocatedWith = colocatedWith;
	}

	public int getTier() {
		return this.tier;
	}

	public void setTier(int tier) {
		this.tier = tier;
	}

	public String getRto() {
		return this.rto;
	}

	public void setRto(String rto) {
		this.rto = rto;
	}

	public String getRpo() {
		return this.rpo;
	}

	public void setRpo(String rpo) {
		this.rpo = rpo;
	}

	public List<String> getMustSurvive() {
		return this.mustSurvive;
	}

	public void setMustSurvive(List<String> mustSurvive) {
		this.mustSurvive = mustSurvive;
	}

	public String getStateFiles() {
		return this.stateFiles;
	}

	public void setStateFiles(String stateFiles) {
		this.stateFiles = stateFiles;
	}

	public boolean isStandbyCanTakeOverIp() {
		return this.standbyCanTakeOverIp;
	}

	public void setStandbyCanTakeOverIp(boolean standbyCanTakeOverIp) {
		this.standbyCanTakeOverIp = standbyCanTakeOverIp;
	}

	public String getStandbyHost() {
		return this.standbyHost;
	}

	public void setStandbyHost(String standbyHost) {
		this.standbyHost = standbyHost;
	}

	public long getRevision() {
		return this.revision;
	}

	public void setRevision(long revision) {
		this.revision = revision;
	}

}
