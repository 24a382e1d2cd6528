package io.drillbook.system;

/**
 * A {@link Refusal} on its way out of a service to the page or API that answers it.
 */
public class Refused extends RuntimeException {

	private final transient Refusal refusal;

	public Refused(Refusal refusal) {
		super(refusal.text());
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return this.refusal;
	}

}
