/** Bumped whenever generated data changes shape; a workspace from another version is recreated. */
export const GENERATOR_VERSION = 2;
/** Every bench agent signs in with this password (documented in bench/README.md). */
export const BENCH_PASSWORD = 'bench-password-1';
/** The dataset spans two years ending at the moment the workspace was first seeded. */
export const SPAN_DAYS = 730;
/** Tickets per committed transaction; an interrupted seed resumes at a chunk boundary. */
export const CHUNK_TICKETS = 20_000;
/** America/Bogota, the default workspace time zone. */
export const UTC_OFFSET_HOURS = -5;

/** The size and identity of one generated dataset. */
export interface DatasetSpec {
  tickets: number;
  contacts: number;
  companies: number;
  /** Short size label: `100k`, `1m`. */
  label: string;
  /** Fixed workspace slug: the seed finds its own workspace by it. */
  slug: string;
  /** Workspace name; it also records the generator version and size. */
  workspaceName: string;
  /** Root of every random stream of this dataset. */
  seed: number;
}

/** `1000000` → `1m`, `100000` → `100k`, `2500` → `2500`. */
export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

/**
 * The dataset for `tickets` tickets: one contact per 10 tickets and one company per 10 contacts
 * (100k contacts and 10k companies at 1M tickets), with floors so tiny test runs still make sense.
 */
export function datasetSpec(tickets: number): DatasetSpec {
  if (!Number.isInteger(tickets) || tickets < 1000) throw new Error('--tickets must be an integer ≥ 1000');
  const label = sizeLabel(tickets);
  const contacts = Math.max(500, Math.round(tickets / 10));
  const companies = Math.max(50, Math.round(contacts / 10));
  return {
    tickets,
    contacts,
    companies,
    label,
    slug: `bench-${label}`,
    workspaceName: `Bench ${label.toUpperCase()} (generator v${GENERATOR_VERSION})`,
    seed: 20_240_501 + tickets,
  };
}

/** The embedded database for a dataset: `atiende_bench` for the 1M default, else suffixed by size. */
export function databaseNameFor(spec: DatasetSpec): string {
  return spec.tickets === 1_000_000 ? 'atiende_bench' : `atiende_bench_${spec.label}`;
}
