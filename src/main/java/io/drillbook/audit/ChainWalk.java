package io.drillbook.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Walks the audit log in order, one stored entry at a time, and finds the first that does
 * not follow from the entries before it. Entries written before a key was configured
 * carry no seal; once one is sealed, every later one must be.
 */
final class ChainWalk {

	private final AuditSeal seal;

	private long checked;

	private long unsealed;

	private long sealed;

	private long last;

	private String previous = AuditChain.GENESIS;

	private Long broken;

	private String reason = "";

	ChainWalk(AuditSeal seal) {
		this.seal = seal;
	}

	/**
	 * One stored entry.
	 * @return whether the walk goes on: it stops at the first broken entry
	 */
	boolean next(long id, AuditRecord entry, String link, String hash, String keyId, String storedSeal) {
		if (this.broken != null) {
			return false;
		}
		boolean sound = AuditChain.hash(link, id, entry).equals(hash);
		this.checked++;
		if (!link.equals(this.previous)) {
			brokenLink(id, sound);
		}
		else if (!sound) {
			breakAt(id, "entry " + id + " was changed after it was written");
		}
		else if (keyId == null) {
			if (this.sealed > 0 && this.seal.keyed()) {
				breakAt(id, "entry " + id + " has no seal although the entries before it are sealed: it was written"
						+ " or rewritten without the audit key");
			}
			this.unsealed++;
		}
		else {
			checkSeal(id, hash, keyId, storedSeal);
		}
		this.previous = hash;
		this.last = id;
		return this.broken == null;
	}

	private void brokenLink(long id, boolean sound) {
		// An entry whose own hash holds but whose link does not names what came before
		// it: either entries before it are gone, or the one just before was rewritten
		// with its hash computed anew.
		if (sound && this.last != 0 && id == this.last + 1) {
			breakAt(this.last, "entry " + this.last + " was changed after it was written and its hash computed again:"
					+ " entry " + id + " still links to the hash it had");
		}
		else if (sound) {
			breakAt(id, "entry " + id + " does not follow the entry before it: an entry before it was removed");
		}
		else {
			breakAt(id, "entry " + id + " does not follow the entry before it: entries were reordered or moved");
		}
	}

	private void checkSeal(long id, String hash, String keyId, String storedSeal) {
		if (!this.seal.keyed()) {
			// Without a key seals cannot be checked; the hashes still are.
			this.sealed++;
			return;
		}
		switch (this.seal.check(keyId, hash, storedSeal)) {
			case MATCHES -> this.sealed++;
			case DIFFERS -> breakAt(id, "entry " + id + " was changed after it was written and its hash computed again"
					+ " by someone without the audit key: its seal does not match");
			case UNKNOWN_KEY -> breakAt(id,
					"entry " + id + " is sealed with key " + keyId
							+ ", which this portal does not hold: if that key was replaced, give it in"
							+ " DRILLBOOK_AUDIT_PREVIOUS_KEYS");
		}
	}

	private void breakAt(long id, String why) {
		this.broken = id;
		this.reason = why;
	}

	AuditLog.Verification result(Instant checkedAt) {
		return new AuditLog.Verification(this.checked, Optional.ofNullable(this.broken), this.reason, checkedAt,
				this.last, this.previous, this.seal.keyId(), this.sealed, this.unsealed);
	}

}
