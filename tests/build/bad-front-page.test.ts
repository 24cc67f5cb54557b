import { describeBadContent } from '../support/bad-content.ts';

/** The front page file (content/front.yaml) is checked like every other: the build stops, naming the file and the field. */
const front = (name: string) => `tests/fixtures/bad/${name}/front.yaml`;
const cases: [name: string, message: string][] = [
  [
    'front-page-unknown-story',
    `${front('front-page-unknown-story')}: pins[1].story "no-such-story" is not a story: there is no tests/fixtures/bad/front-page-unknown-story/articles/no-such-story.md`,
  ],
  [
    'front-page-until-without-offset',
    `${front('front-page-until-without-offset')}: pins[0].until: "2020-03-02T09:00:00" is not an ISO 8601 date-time with a UTC offset; write it like "2015-06-11T20:31:00+02:00"`,
  ],
];

describeBadContent('bad front page file', cases);
