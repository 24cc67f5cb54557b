/**
 * Builds one broken fixture from tests/fixtures/bad/<name>/ and returns what an
 * editor would read: the exit code, the problem lines, and whether anything was
 * left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture.ts';

export type BadBuild = { status: number; output: string; problems: string[]; distExists: boolean };

export function buildBad(name: string, env: Record<string, string> = {}): BadBuild {
  const build = buildFixture(`tests/fixtures/bad/${name}`, env);
  const result = {
    status: build.status,
    output: build.output,
    problems: build.output
      .split('\n')
      .filter((line) => line.startsWith('  tests/fixtures/bad/'))
      .map((line) => line.trim()),
    distExists: fs.existsSync(build.dist),
  };
  fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  return result;
}

/** The path of a fixture's file as the message names it. */
export const file = (name: string, entry = 'story.md') => `tests/fixtures/bad/${name}/articles/${entry}`;

/** A stack frame ("    at fn (file:line)") means the editor got a trace instead of a sentence. */
export const STACK_FRAME = /^\s+at .+:\d+/m;

/**
 * One describe per broken fixture: the build fails, leaves no output, and says
 * exactly `message`, the one line naming the file and the field, with no stack trace.
 */
export function describeBadContent(
  kind: string,
  cases: [name: string, message: string][],
  env: Record<string, string> = {},
): void {
  describe.each(cases)(`${kind}: %s`, (name, message) => {
    const build = buildBad(name, env);

    test('fails the build, leaving no output', () => {
      expect(build.status).not.toBe(0);
      expect(build.distExists).toBe(false);
    });

    test('names the file and the field in one plain line, with no stack trace', () => {
      expect(build.problems).toEqual([message]);
      expect(build.output).not.toMatch(STACK_FRAME);
    });
  });
}
