package uk.nhs.stp.ingest.read;

/**
 * Remembers, for each observation key already seen in a file, the row it came from, in 12 bytes
 * an entry: an open-addressing map from a 64-bit key hash to a row number. Written by hand
 * because a {@code HashMap<String, Integer>} of a million keys needs over 100 MB, which a
 * streaming ingest at {@code -Xmx256m} cannot spare. Two different keys share a 64-bit hash with
 * probability about n²/2⁶⁵ (3 in 100 million for a million rows).
 */
final class KeyIndex {

	private static final long EMPTY = 0;

	private long[] keys = new long[1024];

	private int[] rows = new int[1024];

	private int size;

	/** The row already holding {@code hash}, or -1 after recording {@code row} for it. */
	int putIfAbsent(long hash, int row) {
		long key = hash == EMPTY ? 1 : hash;
		if ((this.size + 1) * 2 > this.keys.length) {
			grow();
		}
		int slot = slot(key, this.keys.length);
		while (this.keys[slot] != EMPTY) {
			if (this.keys[slot] == key) {
				return this.rows[slot];
			}
			slot = (slot + 1) & (this.keys.length - 1);
		}
		this.keys[slot] = key;
		this.rows[slot] = row;
		this.size++;
		return -1;
	}

	void clear() {
		this.keys = new long[1024];
		this.rows = new int[1024];
		this.size = 0;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldRows = this.rows;
		this.keys = new long[oldKeys.length * 2];
		this.rows = new int[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(oldKeys[i], this.keys.length);
				while (this.keys[slot] != EMPTY) {
					slot = (slot + 1) & (this.keys.length - 1);
				}
				this.keys[slot] = oldKeys[i];
				this.rows[slot] = oldRows[i];
			}
		}
	}

	private static int slot(long key, int capacity) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & (capacity - 1);
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
