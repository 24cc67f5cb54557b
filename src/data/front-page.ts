/**
 * The front page as the editors arrange it: their pins (content/front.yaml, the frontPage collection) applied at
 * the build's clock (src/lib/front/). Only what the clock decides (which stories lead, the blocks, the river) goes
 * into the page's model, never the clock, so a build re-renders the front page when a pin lapses, and only then.
 */
import { getEntry } from 'astro:content';
import { arrangeFrontPage } from '../lib/front/arrange.ts';
import type { Pin } from '../lib/front/pins.ts';
import { FRONT_PAGE_ENTRY } from '../lib/content/front-page-loader.ts';
import { orderSections } from '../lib/site/navigation.ts';
import { getEditionArchive } from './archive.ts';
import { type Edition, mainEdition } from './editions.ts';

/** The editors' pins; none when the content tree has no front page file. */
export async function getPins(): Promise<Pin[]> {
  const entry = await getEntry('frontPage', FRONT_PAGE_ENTRY);
  return (entry?.data.pins ?? []).map((pin) => ({ story: pin.story, until: pin.until?.date }));
}

/**
 * An edition's front page at `now`: the top stories (the lead first), a block per section in the masthead's order,
 * the river. The editors' pins apply to the edition whose stories they name.
 */
export async function getFrontPage(now: Date, edition: Edition = mainEdition()) {
  const [{ stories, sections }, pins] = await Promise.all([getEditionArchive(edition), getPins()]);
  return arrangeFrontPage(stories, orderSections(sections), pins, now, (story) => story.id);
}
