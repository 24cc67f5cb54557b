/**
 * Which of some Node/V8 command-line flags the given node accepts. V8 flags come and go between releases, and node
 * refuses to start ("bad option") on one it does not know, so a flag that only tunes the build is probed first.
 */
import { spawnSync } from 'node:child_process';

export function supportedNodeFlags(nodePath: string, flags: readonly string[]): string[] {
  return flags.filter((flag) => spawnSync(nodePath, [flag, '-e', '0'], { stdio: 'ignore' }).status === 0);
}
