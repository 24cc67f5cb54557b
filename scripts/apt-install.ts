/**
 * Installs a Debian package for the test set-up, saying each command it runs.
 * Used where the tests need a program a fresh machine lacks (Chromium, nginx).
 */
import { spawnSync } from 'node:child_process';

export function run(tag: string, cmd: string, args: string[]): boolean {
  console.log(`[${tag}] $ ${cmd} ${args.join(' ')}`);
  return (
    spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0
  );
}

/** apt-get works only as root, and only on Debian-like systems. */
export function canUseApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function aptInstall(tag: string, ...pkgs: string[]): boolean {
  return (
    run(tag, 'apt-get', ['update', '-qq']) &&
    run(tag, 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs])
  );
}
