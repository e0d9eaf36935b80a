/** The kubectl command-line parser: see parse-command-line.ts. */
export {
	flagTrail,
	parseCommandLine,
	HELP_FLAG,
	ROOT_SPEC,
	type ParseResult
} from './parse-command-line';
export { applyFlagValue, parseGoBool, parseGoDuration, parseGoInt, splitCsv } from './flag-value';
export { suggestionsFor } from './suggest';
