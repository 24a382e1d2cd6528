package io.drillbook.runbook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProceduresTests {

	private static final String CATALOG = """
			format: drillbook-procedures/1
			version: 3
			roles:
			  - {key: incident-lead, title: Incident lead, duty: Leads.}
			procedures:
			  - id: declare
			    title: Declare
			    strategies: [cold-standby]
			    kinds: [management-server]
			    steps:
			      - id: declare-outage
			        section: preparation
			        role: incident-lead
			        duration: 5m
			        do: Declare the outage of {{unit.name}}.
			        check: Done.
			        why: Because.
			""";

	@Test
	void readsACatalogWithItsVersionAndHash() {
		Procedures procedures = Procedures.read(CATALOG.getBytes(StandardCharsets.UTF_8));

		assertThat(procedures.version()).isEqualTo(3);
		assertThat(procedures.sha256()).hasSize(64);
		assertThat(procedures.procedures()).singleElement()
			.satisfies((p) -> assertThat(p.steps()).singleElement().satisfies((s) -> {
				assertThat(s.minutes()).isEqualTo(5);
				assertThat(s.text().render((name) -> "VC")).isEqualTo("Declare the outage of VC.");
			}));
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{{unit.name}}         | {{unit.nmae}}        | procedure declare, step declare-outage: do names an unknown fact 'unit.nmae'
					{{unit.name}}         | {{item.name}}        | procedure declare, step declare-outage: do names an unknown fact 'item.name'
					role: incident-lead   | role: janitor        | procedure declare, step declare-outage: unknown role 'janitor'
					duration: 5m          | duration: soon       | procedure declare, step declare-outage: duration must be like 10m or 1h
					section: preparation  | section: aftermath   | procedure declare, step declare-outage: section must be one of
					strategies: [cold-standby] | strategies: [prayer] | procedure declare: unknown strategy 'prayer'
					kinds: [management-server] | kinds: [toaster] | procedure declare: unknown kind 'toaster'
					check: Done.          | when: [isMonday]    | procedure declare, step declare-outage: check is required
					version: 3            | version: latest      | version must be a positive whole number
					""")
	void refusesACatalogThatNamesWhatDoesNotExist(String line, String replacement, String message) {
		byte[] broken = CATALOG.replace(line, replacement).getBytes(StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> Procedures.read(broken)).withMessageContaining(message);
	}

	@Test
	void refusesAnUnknownCondition() {
		byte[] broken = CATALOG.replace("check: Done.", "check: Done.\n        when: [isMonday]")
			.getBytes(StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> Procedures.read(broken))
			.withMessageContaining("unknown condition 'isMonday'");
	}

}
