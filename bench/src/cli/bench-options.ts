import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../db/bench-database';

/** `--help` text. */
export const USAGE = `Usage: npm run bench -- [--quick] [--compare file] [--tickets N] [--build] [--explain] [--only ids]

Runs the suite against the production build (server/dist/main.js) and the bench dataset
(1M tickets, or 100k with --quick; seeded first if missing). Prints one table and writes
bench/results/latest.json (--out to change). --compare prints each row's change against a saved
result. --explain prints EXPLAIN ANALYZE for rows that miss their target (--explain-all: all rows).
--only runs rows whose id starts with one of the comma-separated prefixes (inbox,search,…).`;

/** What `npm run bench -- …` was asked to do. */
export interface Options {
  quick: boolean;
  tickets: number;
  compare: string | undefined;
  out: string;
  build: boolean;
  explain: 'none' | 'failing' | 'all';
  only: string[];
}

/** Parses the command line; null means `--help`. Relative paths are relative to where npm was run. */
export function parseBenchOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      tickets: { type: 'string' },
      compare: { type: 'string' },
      out: { type: 'string' },
      build: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      'explain-all': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const resolveFromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  return {
    quick: values.quick,
    tickets: values.tickets
      ? Number(values.tickets.replace(/[_,]/g, ''))
      : values.quick
        ? 100_000
        : 1_000_000,
    compare: values.compare ? resolveFromCaller(values.compare) : undefined,
    out: values.out ? resolveFromCaller(values.out) : path.join(REPO_ROOT, 'bench', 'results', 'latest.json'),
    build: values.build,
    explain: values['explain-all'] ? 'all' : values.explain ? 'failing' : 'none',
    only: values.only ? values.only.split(',').map((s) => s.trim()) : [],
  };
}
