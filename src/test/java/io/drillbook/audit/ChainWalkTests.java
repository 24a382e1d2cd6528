package io.drillbook.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The verdicts of a walk over a stored chain, without a database: each case writes five
 * entries as the audit log would, tampers with them as an insider could, and names the
 * entry and the reason verification must report.
 */
class ChainWalkTests {

	static final String KEY = "a key of at least thirty-two characters";

	static final String OLD_KEY = "the key used before this one was set";

	static final AuditSeal SEALED = AuditSeal.of(KEY, List.of(), "DRILLBOOK_AUDIT_KEY");

	record Stored(long id, AuditRecord record, String link, String hash, String keyId, String seal) {

		Stored withDetail(String detail) {
			AuditRecord changed = new AuditRecord(this.record.at(), this.record.actor(), this.record.action(),
					this.record.objectType(), this.record.objectKey(), this.record.environment(), this.record.before(),
					this.record.after(), detail);
			return new Stored(this.id, changed, this.link, this.hash, this.keyId, this.seal);
		}

	}

	// Writes entries 1..5 as AuditLog.append does, the first `unsealed` of them without a
	// key and the rest with `seal`.
	static List<Stored> written(int unsealed, AuditSeal seal) {
		List<Stored> chain = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (long id = 1; id <= 5; id++) {
			AuditRecord record = new AuditRecord(Instant.parse("2026-11-30T03:00:00Z").plusSeconds(id), "olga",
					"STEP_COMPLETED", "step", "step " + id, "hq", null, null, "detail " + id);
			String hash = AuditChain.hash(previous, id, record);
			AuditSeal by = (id <= unsealed) ? AuditSeal.none() : seal;
			chain.add(new Stored(id, record, previous, hash, by.keyId().orElse(null), by.seal(hash).orElse(null)));
			previous = hash;
		}
		return chain;
	}

	// Computes every hash from the given entry on again, as whoever can write the table
	// can.
	static List<Stored> rehashedFrom(List<Stored> chain, int from) {
		List<Stored> result = new ArrayList<>(chain.subList(0, from - 1));
		String previous = (from == 1) ? AuditChain.GENESIS : chain.get(from - 2).hash();
		for (Stored entry : chain.subList(from - 1, chain.size())) {
			String hash = AuditChain.hash(previous, entry.id(), entry.record());
			result.add(new Stored(entry.id(), entry.record(), previous, hash, entry.keyId(), entry.seal()));
			previous = hash;
		}
		return result;
	}

	static Stored movedTo(Stored entry, long id) {
		return new Stored(id, entry.record(), entry.link(), entry.hash(), entry.keyId(), entry.seal());
	}

	static Stored rehashed(Stored entry) {
		return new Stored(entry.id(), entry.record(), entry.link(),
				AuditChain.hash(entry.link(), entry.id(), entry.record()), entry.keyId(), entry.seal());
	}

	static AuditLog.Verification walk(List<Stored> chain, AuditSeal seal) {
		ChainWalk walk = new ChainWalk(seal);
		for (Stored entry : chain) {
			if (!walk.next(entry.id(), entry.record(), entry.link(), entry.hash(), entry.keyId(), entry.seal())) {
				break;
			}
		}
		return walk.result(Instant.EPOCH);
	}

	static List<Stored> changed(List<Stored> chain, int at, UnaryOperator<Stored> change) {
		List<Stored> result = new ArrayList<>(chain);
		result.set(at - 1, change.apply(chain.get(at - 1)));
		return result;
	}

	static Stream<Arguments> tamperings() {
		List<Stored> sealed = written(0, SEALED);
		List<Stored> laterSealed = written(2, SEALED);
		List<Stored> removed = new ArrayList<>(sealed);
		removed.remove(2);
		List<Stored> swapped = new ArrayList<>(sealed);
		// Ids are positions: a reorder moves the contents of entries, not their ids.
		swapped.set(1, movedTo(sealed.get(2), 2));
		swapped.set(2, movedTo(sealed.get(1), 3));
		return Stream.of(
				Arguments.of("a changed entry", changed(sealed, 3, (e) -> e.withDetail("changed")), SEALED, 3L,
						"entry 3 was changed after it was written"),
				Arguments.of("a changed entry with its own hash computed again",
						changed(sealed, 3, (e) -> rehashed(e.withDetail("changed"))), SEALED, 3L,
						"its seal does not match"),
				Arguments.of("the same, checked without a key", changed(sealed, 3, (e) -> rehashed(e.withDetail("x"))),
						AuditSeal.none(), 3L,
						"entry 3 was changed after it was written and its hash computed again:"
								+ " entry 4 still links to the hash it had"),
				Arguments.of("the whole chain computed again after a change",
						rehashedFrom(changed(sealed, 2, (e) -> e.withDetail("changed")), 2), SEALED, 2L,
						"its seal does not match"),
				Arguments.of("an entry removed", removed, SEALED, 4L, "an entry before it was removed"),
				Arguments.of("two entries swapped", swapped, SEALED, 2L, "entries were reordered or moved"),
				Arguments.of("a seal stripped to pass for an entry written before sealing began",
						changed(sealed, 4, (e) -> new Stored(e.id(), e.record(), e.link(), e.hash(), null, null)),
						SEALED, 4L, "entry 4 has no seal although the entries before it are sealed"),
				Arguments.of("entries sealed with a key that was replaced and not given", sealed,
						AuditSeal.of(OLD_KEY, List.of(), "DRILLBOOK_AUDIT_KEY"), 1L, "DRILLBOOK_AUDIT_PREVIOUS_KEYS"),
				Arguments.of("an unsealed entry rewritten after sealing began",
						rehashedFrom(changed(laterSealed, 2, (e) -> e.withDetail("changed")), 2), SEALED, 3L,
						"entry 3 was changed after it was written and its hash computed again by someone without"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tamperings")
	void namesTheEntryThatWasTamperedWith(String what, List<Stored> chain, AuditSeal seal, long broken, String reason) {
		AuditLog.Verification verification = walk(chain, seal);

		assertThat(verification.firstBroken()).contains(broken);
		assertThat(verification.reason()).contains(reason);
	}

	@Test
	void aSealedChainHoldsWithItsKeyAndCountsWhatWasSealed() {
		AuditLog.Verification verification = walk(written(2, SEALED), SEALED);

		assertThat(verification.intact()).isTrue();
		assertThat(verification.sealed()).isEqualTo(3);
		assertThat(verification.unsealed()).isEqualTo(2);
		assertThat(verification.keyId()).isEqualTo(SEALED.keyId());
	}

	@Test
	void entriesSealedWithAReplacedKeyHoldWhenThatKeyIsGivenAsAPreviousOne() {
		AuditSeal old = AuditSeal.of(OLD_KEY, List.of(), "DRILLBOOK_AUDIT_KEY");
		List<Stored> chain = written(0, old);
		AuditSeal rotated = AuditSeal.of(KEY, List.of(OLD_KEY), "DRILLBOOK_AUDIT_KEY");

		assertThat(walk(chain, rotated).intact()).isTrue();
		assertThat(walk(chain, rotated).sealed()).isEqualTo(5);
	}

	@Test
	void withoutAKeyTheHashesAreCheckedAndTheSealsCountedAsUnchecked() {
		List<Stored> chain = written(0, SEALED);

		AuditLog.Verification verification = walk(chain, AuditSeal.none());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.keyId()).isEmpty();
		assertThat(verification.sealed()).isEqualTo(5);
		assertThat(walk(changed(chain, 5, (e) -> e.withDetail("x")), AuditSeal.none()).firstBroken()).contains(5L);
	}

	@Test
	void aShortKeyIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> AuditSeal.of("short", List.of(), "DRILLBOOK_AUDIT_KEY"))
			.hasMessageContaining("DRILLBOOK_AUDIT_KEY must be at least 32 characters long (it has 5)");
		assertThatThrownBy(() -> AuditSeal.of("", List.of(KEY), "DRILLBOOK_AUDIT_KEY"))
			.hasMessageContaining("no current one");
		AuditSeal.KeyRefused refused = catchThrowableOfType(AuditSeal.KeyRefused.class,
				() -> AuditSeal.of("short", List.of(), "DRILLBOOK_AUDIT_KEY"));
		assertThat(new AuditKeyFailureAnalyzer().analyze(new IllegalStateException(refused)).getAction())
			.contains("DRILLBOOK_AUDIT_KEY");
	}

}
