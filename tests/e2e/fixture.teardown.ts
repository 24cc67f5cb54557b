/** Stops and removes the fixture this project names, once the specs that needed it have run (tests/e2e/fixtures.ts). */
import { test as teardown } from '@playwright/test';
import { projectFixture } from './fixtures.ts';

teardown('remove the fixture', async ({}, testInfo) => {
  const fixture = projectFixture(testInfo.project.metadata);
  teardown.info().annotations.push({ type: 'fixture', description: fixture.name });
  fixture.teardown();
});
