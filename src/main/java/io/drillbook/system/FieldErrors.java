package io.drillbook.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal where a page shows it: beside the field of the bound form it names, or
 * above the form when it names none of its fields.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static void add(Refusal refusal, BindingResult errors) {
		if (isField(refusal.field(), errors)) {
			errors.rejectValue(refusal.field(), "refused", refusal.message());
		}
		else {
			errors.reject("refused", refusal.text());
		}
	}

	private static boolean isField(String field, BindingResult errors) {
		if (field.isEmpty()) {
			return false;
		}
		try {
			errors.getFieldValue(field);
			return true;
		}
		// Also a path into a row the form was not sent, such as a tier left out.
		catch (InvalidPropertyException ex) {
			return false;
		}
	}

}
