package io.drillbook.topology;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A domain enumeration written in files and forms by a lower-case code such as
 * {@code management-server}.
 */
public interface Coded {

	/** The code as it appears in files, forms and the API. */
	String code();

	static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim();
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.code().equals(wanted)).findFirst();
	}

	static <E extends Enum<E> & Coded> String codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
	}

}
