package io.drillbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Sha256Tests {

	// The SHA-256 of "abc" from FIPS 180-2's examples.
	static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void hashesContentTextAndStreamsAlike() {
		MessageDigest streamed = Sha256.digest();
		streamed.update("a".getBytes(StandardCharsets.UTF_8));
		streamed.update("bc".getBytes(StandardCharsets.UTF_8));

		assertThat(Sha256.of("abc").hex()).isEqualTo(ABC);
		assertThat(Sha256.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(Sha256.of("abc"));
		assertThat(Sha256.of(streamed)).isEqualTo(Sha256.of("abc")).hasToString(ABC);
	}

	@ParameterizedTest(name = "finds the hash in \"{0}\"")
	@ValueSource(strings = { ABC, "  " + ABC + "\n", ABC + "  drillbook-hq-runbooks.html",
			"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD" })
	void findsTheHashInWhatWasPasted(String written) {
		assertThat(Sha256.find(written)).contains(new Sha256(ABC));
	}

	@ParameterizedTest(name = "finds no hash in \"{0}\"")
	@NullSource
	@ValueSource(strings = { "", "looked at it", "ba7816bf", ABC + "0" })
	void findsNoHashInAnythingElse(String written) {
		assertThat(Sha256.find(written)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" is no SHA-256")
	@ValueSource(strings = { "", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD" })
	void onlyLowerCaseHexOfTheRightLengthIsOne(String hex) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sha256(hex));
	}

}
