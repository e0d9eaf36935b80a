/**
 * A small POSIX-ish word splitter for corpus lines: whitespace separates words; single quotes keep
 * everything literally; double quotes keep everything but `\"`, `\\`, `\$` and `` \` `` escapes;
 * a backslash outside quotes escapes the next character. No expansion, pipes or globbing: the
 * corpus holds plain kubectl command lines. Unbalanced quotes are a corpus bug, so they throw.
 */
export function splitLine(line: string): string[] {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let i = 0;
	while (i < line.length) {
		const ch = line[i];
		if (ch === ' ' || ch === '\t') {
			if (inWord) words.push(word);
			word = '';
			inWord = false;
			i++;
			continue;
		}
		inWord = true;
		if (ch === "'") {
			const end = line.indexOf("'", i + 1);
			if (end < 0) throw new Error(`unbalanced ' in: ${line}`);
			word += line.slice(i + 1, end);
			i = end + 1;
		} else if (ch === '"') {
			[word, i] = readDoubleQuoted(line, i + 1, word);
		} else if (ch === '\\' && i + 1 < line.length) {
			word += line[i + 1];
			i += 2;
		} else {
			word += ch;
			i++;
		}
	}
	if (inWord) words.push(word);
	return words;
}

/** Reads a double-quoted span starting after its opening quote; returns the word and next index. */
function readDoubleQuoted(line: string, start: number, word: string): [string, number] {
	let i = start;
	while (i < line.length) {
		const ch = line[i];
		if (ch === '"') return [word, i + 1];
		if (ch === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) {
			word += line[i + 1];
			i += 2;
		} else {
			word += ch;
			i++;
		}
	}
	throw new Error(`unbalanced " in: ${line}`);
}

/** The argv kubectl sees for a corpus line: its words without the leading `kubectl`. */
export function corpusArgv(line: string): string[] {
	const words = splitLine(line);
	return words[0] === 'kubectl' ? words.slice(1) : words;
}

/** The command lines of a corpus file: every line that is not blank or a `#` comment. */
export function corpusLines(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
}
