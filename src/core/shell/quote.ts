/** Shell quoting: the inverse of `tokenize`, for hosts that hold argv and need a command line. */

const SAFE = /^[\w@%+=:,./-]+$/;

/** One word, single-quoted when it holds anything the shell would read specially. */
export function quoteArg(word: string): string {
	if (SAFE.test(word)) return word;
	return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** argv → a command line that `parse` splits back into the same words. */
export function quoteArgs(words: readonly string[]): string {
	return words.map(quoteArg).join(' ');
}
