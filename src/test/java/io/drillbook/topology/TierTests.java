package io.drillbook.topology;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TierTests {

	@ParameterizedTest(name = "tier {0} does not exist")
	@ValueSource(ints = { -1, 0, 5, 7 })
	void onlyTiersOneToFourExist(int level) {
		assertThatIllegalArgumentException().isThrownBy(() -> Tier.of(level)).withMessageContaining("1, 2, 3 or 4");
		assertThat(Tier.parse(level)).isEmpty();
	}

	@Test
	void aMissingNumberNamesNoTier() {
		assertThat(Tier.parse(null)).isEmpty();
	}

	@ParameterizedTest(name = "tiers {0}: the most critical is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			3,1,2 | 1
			4,4   | 4
			2     | 2
			      | 1
			""")
	void aUnitCountsAtItsMostCriticalMember(String levels, int expected) {
		List<Tier> tiers = (levels == null) ? List.of()
				: List.of(levels.split(",")).stream().map(String::strip).map(Integer::valueOf).map(Tier::of).toList();

		assertThat(Tier.mostCriticalOf(tiers)).isEqualTo(Tier.of(expected));
	}

	@Test
	void isWrittenAsItsNumberAndSortsTheMostCriticalFirst() {
		assertThat(Tier.of(2)).hasToString("2");
		assertThat(Tier.ALL).isSorted().first().isEqualTo(Tier.MOST_CRITICAL);
		assertThat(Tier.ALL).last().isEqualTo(Tier.LEAST_CRITICAL);
	}

}
