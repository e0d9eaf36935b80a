import { describe, expect, it } from 'vitest';
import { lineTime } from './log-stamps';

const at = (iso: string) => Date.parse(iso);

describe('lineTime', () => {
	it('reads JSON ts/time/timestamp fields, as RFC 3339 or Unix seconds', () => {
		expect(lineTime('{"ts":"2026-03-14T09:58:41.562Z","level":"error"}', 2026)).toBe(
			at('2026-03-14T09:58:41.562Z')
		);
		expect(lineTime('{"level":"info","time":"2026-03-14T10:58:41+01:00"}', 2026)).toBe(
			at('2026-03-14T09:58:41Z')
		);
		expect(lineTime('{"@timestamp":"2026-03-14T09:58:41.123456789Z"}', 2026)).toBe(
			at('2026-03-14T09:58:41.123Z')
		);
		expect(lineTime('{"level":"info","ts":1773482321.5,"msg":"x"}', 2026)).toBe(1773482321500);
	});

	it('reads leading stamps: Spring Boot, PostgreSQL, Go log', () => {
		expect(lineTime('2026-03-14T09:58:02.311Z WARN 1 --- [nio-8080-exec-3] c.e.Ledger', 2026)).toBe(
			at('2026-03-14T09:58:02.311Z')
		);
		expect(lineTime('2026-03-14 09:54:10.311 UTC [2231] ERROR:  canceling statement', 2026)).toBe(
			at('2026-03-14T09:54:10.311Z')
		);
		expect(lineTime('2026/03/14 09:54:10 http: TLS handshake error', 2026)).toBe(
			at('2026-03-14T09:54:10Z')
		);
	});

	it('reads klog (year from the caller), nginx and logfmt', () => {
		expect(lineTime('E0314 09:58:02.311234       1 reflector.go:158] failed', 2026)).toBe(
			at('2026-03-14T09:58:02.311Z')
		);
		expect(
			lineTime('10.0.1.5 - - [14/Mar/2026:10:58:02 +0100] "GET /healthz HTTP/1.1" 200 2', 2026)
		).toBe(at('2026-03-14T09:58:02Z'));
		expect(lineTime('level=warn time="2026-03-14T09:58:02Z" msg="slow"', 2026)).toBe(
			at('2026-03-14T09:58:02Z')
		);
	});

	it('finds nothing in unstamped lines and JSON without a time', () => {
		expect(
			lineTime('\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)', 2026)
		).toBe(undefined);
		expect(lineTime('pg_basebackup: initiating base backup', 2026)).toBe(undefined);
		expect(lineTime('{"level":"info","msg":"no time here"}', 2026)).toBe(undefined);
		expect(lineTime('{not json', 2026)).toBe(undefined);
	});
});
