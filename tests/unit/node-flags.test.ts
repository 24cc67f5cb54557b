import { describe, expect, it } from 'vitest';
import { supportedNodeFlags } from '../../scripts/node-flags.ts';

describe('supportedNodeFlags', () => {
  it('keeps the flags this node starts with and drops the ones it refuses', () => {
    expect(supportedNodeFlags(process.execPath, ['--memory-saver-mode', '--no-such-flag-gazette', '--max-old-space-size=4096'])).toEqual([
      '--memory-saver-mode',
      '--max-old-space-size=4096',
    ]);
  });

  it('accepts nothing when the node cannot be run at all', () => {
    expect(supportedNodeFlags('/nonexistent/node', ['--memory-saver-mode'])).toEqual([]);
  });
});
