package uk.nhs.stp.ingest.read;

/**
 * Remembers, for each observation key already seen in a file, the row it came from, in 16 bytes
 * a slot (at most half the slots full): an open-addressing map from a 64-bit key hash to a row
 * number. Written by hand
 * because a {@code HashMap<String, Integer>} of a million keys needs over 100 MB, which a
 * streaming ingest at {@code -Xmx256m} cannot spare. Two different keys share a 64-bit hash with
 * probability about n²/2⁶⁵ (3 in 100 million for a million rows).
 */
final class KeyIndex {

	private static final long EMPTY = 0;

	/** Slot i's key at 2i and its row at 2i + 1: one cache line serves both, which a map of a million keys is bound by. */
	private long[] table = new long[2 * 1024];

	private int size;

	/** The row already holding {@code hash}, or -1 after recording {@code row} for it. */
	int putIfAbsent(long hash, int row) {
		long key = hash == EMPTY ? 1 : hash;
		if ((this.size + 1) * 4 > this.table.length) {
			grow();
		}
		int mask = this.table.length / 2 - 1;
		int slot = slot(key, mask);
		while (this.table[2 * slot] != EMPTY) {
			if (this.table[2 * slot] == key) {
				return (int) this.table[2 * slot + 1];
			}
			slot = (slot + 1) & mask;
		}
		this.table[2 * slot] = key;
		this.table[2 * slot + 1] = row;
		this.size++;
		return -1;
	}

	void clear() {
		this.table = new long[2 * 1024];
		this.size = 0;
	}

	private void grow() {
		long[] old = this.table;
		this.table = new long[old.length * 2];
		int mask = this.table.length / 2 - 1;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != EMPTY) {
				int slot = slot(old[i], mask);
				while (this.table[2 * slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				this.table[2 * slot] = old[i];
				this.table[2 * slot + 1] = old[i + 1];
			}
		}
	}

	private static int slot(long key, int mask) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & mask;
	}

	/** A 64-bit FNV-1a hash of the key's parts, separated so "ab"+"c" differs from "a"+"bc". */
	static long hash(String... parts) {
		long h = 0xcbf29ce484222325L;
		for (String part : parts) {
			for (int i = 0; i < part.length(); i++) {
				h ^= part.charAt(i);
				h *= 0x100000001b3L;
			}
			h ^= 0x1F;
			h *= 0x100000001b3L;
		}
		return h;
	}

	int size() {
		return this.size;
	}

}
