/**
 * Kubernetes resource quantities (`500m`, `2`, `1Gi`, `512Mi`, `1e3`, `128974848`) as numbers:
 * cpu in millicores, everything else in base units (bytes for memory).
 */
const SUFFIX: Record<string, number> = {
	'': 1,
	n: 1e-9,
	u: 1e-6,
	m: 1e-3,
	k: 1e3,
	M: 1e6,
	G: 1e9,
	T: 1e12,
	P: 1e15,
	E: 1e18,
	Ki: 2 ** 10,
	Mi: 2 ** 20,
	Gi: 2 ** 30,
	Ti: 2 ** 40,
	Pi: 2 ** 50,
	Ei: 2 ** 60
};

const QUANTITY =
	/^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;

/** The value of a quantity in base units, or undefined when the text is not a quantity. */
export function parseQuantity(text: string | number | undefined): number | undefined {
	if (typeof text === 'number') return text;
	if (text === undefined) return undefined;
	const match = QUANTITY.exec(text.trim());
	if (!match) return undefined;
	const [, number, exponent, suffix] = match;
	if (exponent) return Number(number + exponent);
	return Number(number) * SUFFIX[suffix ?? ''];
}

/** CPU in millicores (`500m` → 500, `2` → 2000); 0 when absent or malformed. */
export function parseCpu(text: string | number | undefined): number {
	const value = parseQuantity(text);
	return value === undefined ? 0 : Math.round(value * 1000);
}

/** Memory (or any non-cpu quantity) in base units (`1Gi` → 1073741824); 0 when absent or malformed. */
export function parseMemory(text: string | number | undefined): number {
	const value = parseQuantity(text);
	return value === undefined ? 0 : Math.round(value);
}
