package io.drillbook.topology;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which components a bulk assignment reaches: those whose name, tier (as a CMDB import
 * gave it), or what their inventory reports of how the VM is filed (folder, resource
 * pool, notes, a custom attribute), matches a pattern. The pattern is matched against the
 * whole value, ignoring case; {@code *} stands for any run of characters and {@code ?}
 * for one, so {@code
 * /Production/*} takes a folder and its subfolders and {@code *sql*} any name holding
 * "sql".
 *
 * @param field what the pattern is matched against
 * @param attribute the custom attribute's name, for {@link Field#ATTRIBUTE}; empty
 * otherwise
 * @param pattern the pattern
 * @param pendingOnly whether only components whose objectives are still pending are
 * taken, so that what someone decided is not overwritten
 */
public record ComponentSelection(Field field, String attribute, String pattern, boolean pendingOnly) {

	public enum Field implements Coded {

		NAME("name", "Name"), TIER("tier", "Tier"), FOLDER("folder", "Folder"),
		RESOURCE_POOL("resource-pool", "Resource pool"), NOTES("notes", "Notes"),
		ATTRIBUTE("attribute", "Custom attribute");

		private final String code;

		private final String title;

		Field(String code, String title) {
			this.code = code;
			this.title = title;
		}

		@Override
		public String code() {
			return this.code;
		}

		public String title() {
			return this.title;
		}

	}

	public ComponentSelection {
		attribute = attribute.trim();
		pattern = pattern.trim();
	}

	public boolean matches(Component component) {
		return matcher().test(component);
	}

	/** The test, with its pattern compiled once for all the components it is put to. */
	public Predicate<Component> matcher() {
		Pattern glob = glob();
		return (component) -> (!this.pendingOnly || component.objectivesPending())
				&& value(component).filter((value) -> glob.matcher(value).matches()).isPresent();
	}

	private Optional<String> value(Component component) {
		VmFacts vm = component.vm();
		return switch (this.field) {
			case NAME -> Optional.of(component.name());
			case TIER -> Optional.of(String.valueOf(component.tier().level()));
			case FOLDER -> Optional.of(vm.folder()).filter((v) -> !v.isEmpty());
			case RESOURCE_POOL -> Optional.of(vm.resourcePool()).filter((v) -> !v.isEmpty());
			case NOTES -> Optional.of(vm.annotation()).filter((v) -> !v.isEmpty());
			case ATTRIBUTE -> vm.attributes()
				.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(this.attribute))
				.map((e) -> e.getValue())
				.findFirst();
		};
	}

	private Pattern glob() {
		StringBuilder regex = new StringBuilder();
		for (char c : this.pattern.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.UNICODE_CASE);
	}

	/** The selection in words, for the history and the confirmation. */
	public String describe() {
		String what = (this.field == Field.ATTRIBUTE) ? "custom attribute " + this.attribute
				: this.field.title().toLowerCase(Locale.ROOT);
		return what + " matching '" + this.pattern + "'" + (this.pendingOnly ? ", objectives pending" : "");
	}

}
