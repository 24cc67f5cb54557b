/** Builds, and serves where it is served, the fixture this project names (tests/e2e/fixtures.ts). */
import { test as setup } from '@playwright/test';
import { projectFixture } from './fixtures.ts';

setup('build the fixture', async ({}, testInfo) => {
  const fixture = projectFixture(testInfo.project.metadata);
  setup.setTimeout(fixture.timeout);
  setup.info().annotations.push({ type: 'fixture', description: fixture.name });
  await fixture.setup();
});
