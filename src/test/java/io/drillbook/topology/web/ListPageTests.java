package io.drillbook.topology.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListPageTests {

	@Test
	void longListsArePaged() {
		List<Integer> numbers = IntStream.range(0, 120).boxed().toList();
		assertThat(ListPage.of(numbers, 0).items()).hasSize(50).startsWith(0);
		assertThat(ListPage.of(numbers, 2).items()).hasSize(20).startsWith(100);
		assertThat(ListPage.of(numbers, 9).page()).as("past the end shows the last page").isEqualTo(2);
		assertThat(ListPage.of(List.of(), 0).pages()).isOne();
	}

}
