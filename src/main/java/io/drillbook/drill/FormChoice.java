package io.drillbook.drill;

import java.util.Optional;

/**
 * The option a form's radio buttons or select sent, by its exact name; nothing for a
 * value that is none of them.
 */
final class FormChoice {

	private FormChoice() {
	}

	static <E extends Enum<E>> Optional<E> of(Class<E> type, String value) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
