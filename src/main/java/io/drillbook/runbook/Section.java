package io.drillbook.runbook;

import java.util.Optional;

/**
 * The parts of a runbook, in the order they are followed.
 */
public enum Section {

	PREPARATION("preparation", "Preparation"), FAILOVER("failover", "Failover"), VALIDATION("validation", "Validation"),
	FAILBACK("failback", "Failback"), TROUBLESHOOTING("troubleshooting", "Troubleshooting");

	private final String code;

	private final String title;

	Section(String code, String title) {
		this.code = code;
		this.title = title;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	static Optional<Section> parse(String code) {
		for (Section section : values()) {
			if (section.code.equals(code)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

}
