package io.drillbook.identity;

/**
 * A change to an account that the account rules refuse, naming the field at fault.
 */
class AccountRuleViolation extends RuntimeException {

	private final String field;

	AccountRuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
