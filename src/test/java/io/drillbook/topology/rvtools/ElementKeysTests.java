package io.drillbook.topology.rvtools;

import java.util.List;
import java.util.stream.IntStream;

import io.drillbook.topology.TopologyRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ElementKeysTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			web01                       | web01
			Web Server 01               | web-server-01
			esx01.ams.example.net       | esx01.ams.example.net
			DB Server (SQL)             | db-server-sql
			ClusterHPG10+               | clusterhpg10
			'Payroll, "EMEA"'           | payroll-emea
			esx01 (vca.example.net)     | esx01-vca.example.net
			'web - 01.'                 | web-01
			Zürich                      | zurich
			_backup                     | backup
			'  -- legacy'               | legacy
			SQL_01-a                    | sql_01-a
			日本                         | ''
			""")
	void makesAKeyFromAName(String name, String key) {
		assertThat(ElementKeys.slug(name)).isEqualTo(key);
	}

	@Test
	void cutsLongNamesToSixtyFourCharacters() {
		String key = ElementKeys.slug("a".repeat(100));

		assertThat(key).hasSize(64);
		assertThat(TopologyRules.KEY.matcher(key).matches()).isTrue();
	}

	@Test
	void numbersKeysThatAreTakenFromTwoOn() {
		ElementKeys keys = new ElementKeys("vm");

		assertThat(List.of(keys.allocate("web"), keys.allocate("WEB"), keys.allocate("web-2"), keys.allocate("Web")))
			.containsExactly("web", "web-2", "web-2-2", "web-3");
	}

	@Test
	void keepsNumberedKeysWithinSixtyFourCharacters() {
		ElementKeys keys = new ElementKeys("vm");
		String name = "x".repeat(80);

		List<String> allocated = IntStream.range(0, 12).mapToObj((i) -> keys.allocate(name)).toList();

		assertThat(allocated).doesNotHaveDuplicates()
			.allSatisfy((key) -> assertThat(TopologyRules.KEY.matcher(key).matches()).isTrue());
		assertThat(allocated.get(11)).hasSize(64).endsWith("x-12");
	}

	@Test
	void fallsBackToTheElementTypeForANameWithoutLettersOrDigits() {
		ElementKeys keys = new ElementKeys("vm");

		assertThat(List.of(keys.allocate("???"), keys.allocate("!!!"))).containsExactly("vm", "vm-2");
	}

}
