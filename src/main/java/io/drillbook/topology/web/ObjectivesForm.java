package io.drillbook.topology.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.drillbook.topology.Coded;
import io.drillbook.topology.ComponentSelection;
import io.drillbook.topology.Durations;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.ObjectiveAssignment;
import io.drillbook.topology.Tier;

/**
 * A bulk assignment of objectives as the form sends it: which components, and what they
 * get.
 *
 * @param revision the topology's revision the architect saw
 * @param field what the pattern is matched against: a {@link ComponentSelection.Field}
 * code
 * @param attribute the custom attribute's name, for field {@code attribute}
 * @param pattern the pattern
 * @param pendingOnly whether only components whose objectives are pending are taken; an
 * unticked box sends nothing
 * @param tier the tier, 1 to 4
 * @param rto the recovery-time objective, such as 4h
 * @param rpo the recovery-point objective, such as 1h
 * @param mustSurvive failure codes
 */
record ObjectivesForm(Long revision, String field, String attribute, String pattern, Boolean pendingOnly, String tier,
		String rto, String rpo, List<String> mustSurvive) {

	ObjectivesForm {
		field = (field != null) ? field.trim() : ComponentSelection.Field.FOLDER.code();
		attribute = (attribute != null) ? attribute.trim() : "";
		pattern = (pattern != null) ? pattern.trim() : "";
		pendingOnly = Boolean.TRUE.equals(pendingOnly);
		tier = (tier != null) ? tier.trim() : "";
		rto = (rto != null) ? rto.trim() : "";
		rpo = (rpo != null) ? rpo.trim() : "";
		mustSurvive = (mustSurvive != null) ? List.copyOf(mustSurvive) : List.of();
	}

	/** The form a person first sees: pending components, found by folder. */
	static ObjectivesForm blank() {
		return new ObjectivesForm(null, ComponentSelection.Field.FOLDER.code(), "", "", true, "", "", "",
				List.of(FailureMode.HOST_FAILURE.code()));
	}

	/** The form with these failures to survive ticked, as a preview first offers them. */
	ObjectivesForm surviving(List<String> failures) {
		return new ObjectivesForm(this.revision, this.field, this.attribute, this.pattern, this.pendingOnly, this.tier,
				this.rto, this.rpo, failures);
	}

	boolean hasSelection() {
		return !this.pattern.isEmpty();
	}

	/** The selection, with a problem per field that cannot be read. */
	Optional<ComponentSelection> selection(Map<String, String> problems) {
		Optional<ComponentSelection.Field> parsed = Coded.parse(ComponentSelection.Field.class, this.field);
		if (parsed.isEmpty()) {
			problems.put("field", "choose what to match: " + Coded.codes(ComponentSelection.Field.class));
		}
		if (this.pattern.isEmpty()) {
			problems.put("pattern", "write a pattern, such as /Production/* or *sql*");
		}
		if (parsed.filter((f) -> f == ComponentSelection.Field.ATTRIBUTE).isPresent() && this.attribute.isEmpty()) {
			problems.put("attribute", "name the custom attribute to match");
		}
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ComponentSelection(parsed.get(), this.attribute, this.pattern, this.pendingOnly));
	}

	/** The whole assignment, with a problem per field that cannot be read. */
	Optional<ObjectiveAssignment> assignment(Map<String, String> problems) {
		Optional<ComponentSelection> selection = selection(problems);
		Optional<Tier> parsedTier = this.tier.isEmpty() ? Optional.empty() : Tier.parse(parseInt(this.tier));
		if (parsedTier.isEmpty()) {
			problems.put("tier", "choose a tier from 1 to 4");
		}
		Optional<Duration> parsedRto = Durations.parse(this.rto);
		if (parsedRto.isEmpty()) {
			problems.put("rto", "write a duration such as 4h, 30m or 2d");
		}
		Optional<Duration> parsedRpo = Durations.parse(this.rpo);
		if (parsedRpo.isEmpty()) {
			problems.put("rpo", "write a duration such as 15m, 1h or 1d");
		}
		Set<FailureMode> failures = EnumSet.noneOf(FailureMode.class);
		for (String code : this.mustSurvive) {
			Optional<FailureMode> failure = Coded.parse(FailureMode.class, code);
			if (failure.isEmpty()) {
				problems.put("mustSurvive",
						"unknown failure '" + code + "'; use one of " + Coded.codes(FailureMode.class));
			}
			failure.ifPresent(failures::add);
		}
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new ObjectiveAssignment(selection.get(), parsedTier.get(), parsedRto.get(), parsedRpo.get(), failures));
	}

	private static Integer parseInt(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
