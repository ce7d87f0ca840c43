/**
 * Finds the Chromium the tests run in: CHROME_PATH, else Debian's chromium.
 * Where none is found and we run as root on Debian, installs the `chromium`
 * package (and fonts-noto-cjk, so screenshots show Chinese text). Elsewhere it
 * stops with a message that says how to get one. Never downloads a browser build.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && !process.env.CHROME_PATH) {
    console.log('No Chromium found: installing Debian\'s chromium and fonts-noto-cjk with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (installed) return installed;
  }
  console.error(
    [
      'No Chromium to run the tests in.',
      process.env.CHROME_PATH ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.` : '',
      'Install one and run again, for example:',
      '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk',
      '  macOS:          brew install --cask chromium',
      'or point CHROME_PATH at an installed Chrome or Chromium binary.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  process.exit(1);
}
