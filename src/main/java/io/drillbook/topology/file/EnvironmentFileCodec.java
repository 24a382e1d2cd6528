package io.drillbook.topology.file;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.drillbook.topology.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.stereotype.Component;

/**
 * Reads and writes environment files as YAML or JSON, refusing anything that could make
 * the reader do more work than the file's size suggests.
 */
@Component
public class EnvironmentFileCodec {

	/** Larger than a 10,000-VM estate written out, small enough to read in memory. */
	public static final int MAX_BYTES = 32 * 1024 * 1024;

	/** How deep YAML may nest; an environment file needs five levels at most. */
	public static final int MAX_DEPTH = 64;

	private static final Pattern JAVA_TYPE = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:<[^>]*>)?`?");

	private final ObjectMapper yaml;

	private final ObjectMapper json;

	public EnvironmentFileCodec() {
		LoadSettings settings = settings();
		this.yaml = YAMLMapper.builder(YAMLFactory.builder().loadSettings(settings).build())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		this.json = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/** The two notations of the one format. */
	public enum Notation {

		YAML, JSON;

		static Notation of(String filename, byte[] content) {
			String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
			if (name.endsWith(".json")) {
				return JSON;
			}
			if (name.endsWith(".yaml") || name.endsWith(".yml")) {
				return YAML;
			}
			for (byte b : content) {
				if (!Character.isWhitespace(b)) {
					return (b == '{') ? JSON : YAML;
				}
			}
			return YAML;
		}

	}

	/**
	 * A parsed file, or the problems that stopped it being parsed.
	 *
	 * @param file the content, when it could be read
	 * @param problems why it could not
	 */
	public record Parsed(Optional<EnvironmentFile> file, List<Problem> problems) {

	}

	public Parsed parse(String filename, byte[] content) {
		String name = (filename != null && !filename.isBlank()) ? filename : "file";
		if (content.length == 0) {
			return failed(name, "", "the file is empty");
		}
		if (content.length > MAX_BYTES) {
			return failed(name, "", "the file has " + content.length / (1024 * 1024) + " MB; at most "
					+ MAX_BYTES / (1024 * 1024) + " MB can be imported");
		}
		Notation notation = Notation.of(filename, content);
		if (notation == Notation.YAML) {
			Optional<Problem> unsafe = unsafeYaml(name, content);
			if (unsafe.isPresent()) {
				return new Parsed(Optional.empty(), List.of(unsafe.get()));
			}
		}
		try {
			ObjectMapper mapper = (notation == Notation.YAML) ? this.yaml : this.json;
			EnvironmentFile file = mapper.readValue(content, EnvironmentFile.class);
			if (file == null) {
				return failed(name, "", "the file holds no environment");
			}
			return new Parsed(Optional.of(file), List.of());
		}
		catch (DatabindException ex) {
			String field = ex.getPath()
				.stream()
				.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return failed(where(name, ex), field, readable(ex));
		}
		catch (JacksonException ex) {
			return failed(where(name, ex), "", "not valid " + notation + ": " + ex.getOriginalMessage().split("\n")[0]);
		}
	}

	public byte[] toYaml(EnvironmentFile file) {
		return this.yaml.writeValueAsBytes(file);
	}

	public byte[] toJson(EnvironmentFile file) {
		return this.json.writeValueAsBytes(file);
	}

	// Anchors and aliases let a few bytes expand into gigabytes ("billion laughs"), tags
	// ask the reader to build arbitrary types, and nesting thousands of levels deep makes
	// every reader after this one take minutes; the format needs none of them.
	private static Optional<Problem> unsafeYaml(String name, byte[] content) {
		try {
			Parse parse = new Parse(settings());
			int depth = 0;
			for (Event event : parse
				.parseReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
				String line = event.getStartMark()
					.map(Mark::getLine)
					.map((l) -> name + ", line " + (l + 1))
					.orElse(name);
				if (event instanceof CollectionStartEvent) {
					depth++;
					if (depth > MAX_DEPTH) {
						return Optional.of(new Problem(line, "",
								"nested more than " + MAX_DEPTH + " levels deep; the format needs far fewer"));
					}
				}
				else if (event instanceof CollectionEndEvent) {
					depth--;
				}
				if (event instanceof AliasEvent) {
					return Optional.of(new Problem(line, "", "YAML aliases (*name) are not accepted"));
				}
				if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
					return Optional.of(new Problem(line, "", "YAML anchors (&name) are not accepted"));
				}
				if ((event instanceof ScalarEvent scalar && scalar.getTag().isPresent())
						|| (event instanceof CollectionStartEvent collection && collection.getTag().isPresent())) {
					return Optional.of(new Problem(line, "", "YAML tags (!name) are not accepted"));
				}
			}
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of(new Problem(name, "", "not valid YAML: " + ex.getMessage().split("\n")[0]));
		}
	}

	private static LoadSettings settings() {
		return LoadSettings.builder()
			.setAllowDuplicateKeys(false)
			.setAllowRecursiveKeys(false)
			.setMaxAliasesForCollections(0)
			.setCodePointLimit(MAX_BYTES)
			.build();
	}

	// Jackson's own messages name the Java types it was filling in, which mean nothing to
	// the person who wrote the file and tell a stranger how the code is built.
	private static String readable(DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "not a field of the format: '" + unknown.getPropertyName() + "'";
		}
		String message = ex.getOriginalMessage().split("\n")[0];
		if (!JAVA_TYPE.matcher(message).find()) {
			return message;
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "expected " + kind(mismatch.getTargetType());
		}
		return JAVA_TYPE.matcher(message).replaceAll("a value");
	}

	private static String kind(Class<?> type) {
		if (type == String.class || type.isEnum()) {
			return "a text";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
			return "a number";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "a mapping of fields";
	}

	private static String where(String name, JacksonException ex) {
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? name + ", line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : name;
	}

	private static Parsed failed(String location, String field, String message) {
		return new Parsed(Optional.empty(), List.of(new Problem(location, field, message)));
	}

}
