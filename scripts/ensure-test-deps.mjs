// Makes sure what the test suite needs outside npm is on the machine: Debian's Chromium for the
// Playwright journeys and Dovecot as the real IMAP server of the email tests. As root on Debian it
// installs them with apt; otherwise it says what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DOVECOT = '/usr/sbin/dovecot';
const PACKAGES = ['chromium', 'fonts-dejavu-core', 'dovecot-imapd'];

if (existsSync(CHROMIUM) && existsSync(DOVECOT)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The tests need Chromium (${CHROMIUM}) and Dovecot (${DOVECOT}); one is missing.\n` +
      `Install them with: sudo apt-get install -y ${PACKAGES.join(' ')}   (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

console.log(`Installing what the tests need: apt-get install ${PACKAGES.join(' ')}…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
if (!existsSync(CHROMIUM) || !existsSync(DOVECOT)) {
  console.error(`apt-get finished but ${CHROMIUM} or ${DOVECOT} is still missing.`);
  process.exit(1);
}
