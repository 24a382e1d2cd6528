package io.drillbook.runbook;

import java.util.Optional;

import io.drillbook.strategy.Layer;

/**
 * The failure a runbook answers; each follows the strategy of one layer of the plan.
 */
public enum Scenario {

	SITE("site", "site failure", Layer.SITE), LOCAL("local", "host, OS or application failure", Layer.LOCAL);

	private final String code;

	private final String title;

	private final Layer layer;

	Scenario(String code, String title, Layer layer) {
		this.code = code;
		this.title = title;
		this.layer = layer;
	}

	public String code() {
		return this.code;
	}

	/** For sentences: {@code site failure}. */
	public String title() {
		return this.title;
	}

	/** For headings: {@code Site failure}. */
	public String heading() {
		return Character.toUpperCase(this.title.charAt(0)) + this.title.substring(1);
	}

	public Layer layer() {
		return this.layer;
	}

	public static Optional<Scenario> parse(String code) {
		for (Scenario scenario : values()) {
			if (scenario.code.equals(code)) {
				return Optional.of(scenario);
			}
		}
		return Optional.empty();
	}

}
