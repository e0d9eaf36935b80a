/** RFC 4122 version-4 UUIDs from 32 seeded hex digits, as the API server's uids look. */

const VARIANT = '89ab';

/** Formats 32 hex digits as a v4 UUID: version nibble 4, variant nibble 8–b. */
export function uuidV4(hex: string): string {
	const variant = VARIANT[parseInt(hex[16] ?? '0', 16) & 3];
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
