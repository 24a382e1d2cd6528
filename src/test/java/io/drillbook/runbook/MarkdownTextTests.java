package io.drillbook.runbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					Host names read as they are        | Ping sql01.hq.example.net and vc-standby.dr.example.net. | Ping sql01.hq.example.net and vc-standby.dr.example.net.
					Emphasis stays text                | Restart *only* the service                              | Restart \\*only\\* the service
					HTML stays text                    | <script>alert(1)</script>                               | \\<script\\>alert(1)\\</script\\>
					Links stay text                    | [click](http://evil.example)                            | \\[click\\](http://evil.example)
					Entities stay text                 | AT&amp;T                                                | AT\\&amp;T
					Intraword underscores stay         | Set SPRING_DATASOURCE_URL                               | Set SPRING_DATASOURCE_URL
					Edge underscores are escaped       | _emphasis_                                              | \\_emphasis\\_
					A heading does not open            | ## Rollback                                             | \\## Rollback
					A list does not open               | - first                                                 | \\- first
					A numbered list does not open      | 1. first                                                | 1\\. first
					A number in a sentence stays       | 14 days of grace                                        | 14 days of grace
					A quote does not open              | > quoted                                                | \\> quoted
					Backslashes stay text              | C:\\vpxd.cfg                                             | C:\\\\vpxd.cfg
					""")
	void markupIsEscapedAndPlainTextIsLeftAlone(String behaviour, String text, String expected) {
		assertThat(MarkdownText.inline(text, 3)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "line {0}")
	@CsvSource({ "3", "0" })
	void everyLineStaysInTheListItem(int indent) {
		assertThat(MarkdownText.inline("Stop the service.\n## Rollback\n2. then this", indent))
			.isEqualTo("Stop the service.  \n" + " ".repeat(indent) + "\\## Rollback  \n" + " ".repeat(indent)
					+ "2\\. then this");
	}

}
