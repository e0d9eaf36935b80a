/**
 * The only source of chance in the core: a seeded mulberry32 generator whose whole state is one
 * 32-bit number, so it can live inside serialisable cluster state and be replayed exactly.
 */
export function nextRandom(state: number): [value: number, next: number] {
	const next = (state + 0x6d2b79f5) | 0;
	let t = next;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A stateful wrapper for code that draws many numbers in a row. */
export class Random {
	constructor(public state: number) {}

	next(): number {
		const [value, next] = nextRandom(this.state);
		this.state = next;
		return value;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** `n` characters drawn from `alphabet`. */
	string(n: number, alphabet: string): string {
		let out = '';
		for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
		return out;
	}
}

/** Kubernetes' rand.String alphabet: no vowels (no words), no confusable 0/1/3. */
export const KUBE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** FNV-1a 32-bit: Kubernetes hashes pod templates with it (ComputeHash). */
export function fnv32a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** rand.SafeEncodeString: maps each character onto the alphabet (how pod-template-hash is made). */
export function safeEncode(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++)
		out += KUBE_ALPHABET[text.charCodeAt(i) % KUBE_ALPHABET.length];
	return out;
}
