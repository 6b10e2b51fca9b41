// The relevance test set: what a reader types, and the stories that must come first. A small
// newsroom's archive (names spelt several ways and in two scripts, places renamed, a synonym the
// newsroom declared, stories of several ages), and queries over it: names in each spelling and
// script, a misspelt name, Cyrillic-only queries, prefixes, a phrase, common words. Scored as
// precision at 5 (the share of a query's relevant stories among its first five, out of at most
// five) and success at 1 (the first result is one that must come first), averaged over the
// queries; the test fails when either falls below the figure reached (docs/search.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { onEngine } from './helpers/test-database.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date(NOW).toISOString() });
});
afterAll(async () => t.close());

type Story = { title: string; body: string; age: number; subtitle?: string };

const filler =
  'Officials said the council would meet again next week to review the figures, and residents were asked to follow updates.';

/** The archive: a key for each story the queries name, and filler that must not come first. */
const STORIES: Record<string, Story> = {
  zelensky: {
    title: 'Zelensky addresses parliament on reforms',
    body: `The president spoke for an hour. ${filler}`,
    age: 1,
  },
  zelenskyy: {
    title: 'Zelenskyy visits troops near the front',
    body: `A visit announced afterwards. ${filler}`,
    age: 2,
  },
  zelenskyCyrillic: {
    title: 'Зеленський підписав закон про бюджет',
    body: 'Президент підписав закон у вівторок.',
    age: 3,
  },
  zelenskiy: { title: 'Zelenskiy meets Macron in Paris', body: `Talks on air defence. ${filler}`, age: 12 },
  zelenskyBody: {
    title: 'Parliament passes the budget',
    body: `President Volodymyr Zelenskiy said the vote was a signal to partners. ${filler}`,
    age: 1,
  },
  kyiv: { title: 'Kyiv braces for a hard winter', body: `Generators are being delivered. ${filler}`, age: 1 },
  kiev: { title: 'Metro in Kiev reopens after repairs', body: `Trains run again on the red line. ${filler}`, age: 400 },
  kyivCyrillic: {
    title: 'Київ готується до зими',
    body: 'Енергетики працюють цілодобово, щоб відновити мережу.',
    age: 2,
  },
  kyivBody: { title: 'Power cuts across the country', body: `Outages hit Kyiv and other cities. ${filler}`, age: 0 },
  kharkiv: { title: 'Kharkiv under fire again', body: `Strikes on the north of the city. ${filler}`, age: 4 },
  kharkov: {
    title: 'Tractor plant in Kharkov changes hands',
    body: `The factory was sold at auction. ${filler}`,
    age: 900,
  },
  kharkivCyrillic: { title: 'Харків відбудовує школи', body: 'Місто ремонтує двадцять шкіл до вересня.', age: 6 },
  odesa: { title: 'Odesa port reopens to grain ships', body: `The first convoy left at dawn. ${filler}`, age: 5 },
  odessa: { title: 'Odessa opera opens its season', body: `A new production of an old classic. ${filler}`, age: 30 },
  shmyhal: { title: 'Shmyhal presents the draft budget', body: `The prime minister took questions. ${filler}`, age: 7 },
  shmygal: { title: 'Shmygal visits Lviv factories', body: `A tour of three plants. ${filler}`, age: 60 },
  zaluzhnyi: { title: 'Zaluzhnyi named ambassador', body: `The former commander takes a new post. ${filler}`, age: 20 },
  zaluzhnyCyrillic: { title: 'Залужний про нову посаду', body: 'Колишній головнокомандувач дав інтерв’ю.', age: 25 },
  peaceTalks: { title: 'Peace talks resume in Geneva', body: `Delegations met behind closed doors. ${filler}`, age: 3 },
  peaceTalksBody: {
    title: 'What the delegations want',
    body: `Both sides say the peace talks must include prisoners. ${filler}`,
    age: 2,
  },
  talksPeace: { title: 'Talks on trade, and a word on peace', body: `Ministers discussed tariffs. ${filler}`, age: 1 },
  negotiations: {
    title: 'Negotiations on grain corridor stall',
    body: `No date for the next round. ${filler}`,
    age: 8,
  },
  negotiator: { title: 'Chief negotiator resigns', body: `He led the team for two years. ${filler}`, age: 15 },
  reconstruction: {
    title: 'Reconstruction fund gets first donors',
    body: `Pledges reached a billion. ${filler}`,
    age: 9,
  },
  ceasefireNew: { title: 'Ceasefire holds for a second day', body: `Both sides report calm. ${filler}`, age: 1 },
  ceasefireMonth: { title: 'Ceasefire talks planned for March', body: `Mediators are optimistic. ${filler}`, age: 30 },
  ceasefireYear: { title: 'A ceasefire that never came', body: `A look back at last year. ${filler}`, age: 365 },
  ceasefireBody: { title: 'Morning briefing', body: `The ceasefire was mentioned briefly. ${filler}`, age: 0 },
  grainTitle: { title: 'Grain harvest beats forecasts', body: `Farmers report record yields. ${filler}`, age: 10 },
  grainBody: { title: 'Weekly market notes', body: `Prices of grain fell slightly. ${filler}`, age: 3 },
  cyrillicGrain: { title: 'Фермери збирають зерно', body: 'Урожай пшениці перевищив прогнози.', age: 11 },
  energy: { title: 'Енергетики відновили живлення', body: 'Світло повернулося до трьох областей.', age: 2 },
  cafe: { title: 'A café on the front line', body: `Coffee for soldiers and neighbours. ${filler}`, age: 14 },
  klitschko: { title: 'Mayor Klitschko opens a new bridge', body: `The bridge links two districts. ${filler}`, age: 6 },
  klychko: { title: 'Klychko on the capital’s shelters', body: `Inspections found faults. ${filler}`, age: 40 },
  klychkoCyrillic: { title: 'Кличко відкрив міст', body: 'Міст з’єднав два райони міста.', age: 7 },
  government: { title: 'Government approves pension reform', body: `The bill goes to parliament. ${filler}`, age: 2 },
  governmentOld: { title: 'Government falls after vote', body: `A coalition collapses. ${filler}`, age: 700 },
  governor: { title: 'Governor orders evacuation', body: `Villages near the border. ${filler}`, age: 5 },
};
const FILLER_STORIES = 20;

type Query = { q: string; first: string[]; relevant: string[] };

/** ≥ 30 queries: `first` are the stories one of which must be first, `relevant` the stories
 *  that must fill the first five (as many as there are, up to five). */
const QUERIES: Query[] = [
  // A name in each of its spellings and scripts: the exact spelling first, the others after.
  {
    q: 'Zelensky',
    first: ['zelensky'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  {
    q: 'Zelenskyy',
    first: ['zelenskyy'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  {
    q: 'Zelenskiy',
    first: ['zelenskiy'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  {
    q: 'Зеленський',
    first: ['zelenskyCyrillic'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  // Misspelt: one edit from every spelling.
  {
    q: 'Zelenksy',
    first: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  {
    q: 'Zelenskyi',
    first: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskyCyrillic', 'zelenskiy', 'zelenskyBody'],
  },
  { q: 'Volodymyr Zelensky', first: ['zelenskyBody'], relevant: ['zelenskyBody'] },
  // A prefix, in either script.
  {
    q: 'Zelen',
    first: ['zelensky', 'zelenskyy', 'zelenskiy'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyCyrillic', 'zelenskyBody'],
  },
  {
    q: 'Зелен',
    first: ['zelenskyCyrillic'],
    relevant: ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyCyrillic', 'zelenskyBody'],
  },
  // A place: Київ by rule, Kiev by the newsroom's synonym. The exact spelling is worth two months
  // of recency: a Kiev story of last year comes after this week's Kyiv ones.
  { q: 'Kyiv', first: ['kyiv'], relevant: ['kyiv', 'kyivCyrillic', 'kiev', 'kyivBody'] },
  { q: 'Kiev', first: ['kyiv'], relevant: ['kyiv', 'kyivCyrillic', 'kiev', 'kyivBody'] },
  { q: 'Київ', first: ['kyivCyrillic'], relevant: ['kyiv', 'kyivCyrillic', 'kiev', 'kyivBody'] },
  { q: 'Kyiv metro', first: ['kiev'], relevant: ['kiev'] },
  { q: 'Kharkiv', first: ['kharkiv'], relevant: ['kharkiv', 'kharkivCyrillic', 'kharkov'] },
  { q: 'Kharkov', first: ['kharkiv'], relevant: ['kharkiv', 'kharkivCyrillic', 'kharkov'] },
  { q: 'Харків', first: ['kharkivCyrillic'], relevant: ['kharkiv', 'kharkivCyrillic', 'kharkov'] },
  { q: 'Odesa', first: ['odesa'], relevant: ['odesa', 'odessa'] },
  { q: 'Odessa', first: ['odessa'], relevant: ['odesa', 'odessa'] },
  { q: 'Shmyhal', first: ['shmyhal'], relevant: ['shmyhal', 'shmygal'] },
  { q: 'Shmygal', first: ['shmygal'], relevant: ['shmyhal', 'shmygal'] },
  { q: 'Zaluzhny', first: ['zaluzhnyi', 'zaluzhnyCyrillic'], relevant: ['zaluzhnyi', 'zaluzhnyCyrillic'] },
  { q: 'Залужний', first: ['zaluzhnyCyrillic'], relevant: ['zaluzhnyi', 'zaluzhnyCyrillic'] },
  { q: 'Klitschko', first: ['klitschko'], relevant: ['klitschko'] },
  { q: 'Klychko', first: ['klychko'], relevant: ['klychko', 'klychkoCyrillic'] },
  { q: 'Кличко', first: ['klychkoCyrillic'], relevant: ['klychko', 'klychkoCyrillic'] },
  // A phrase: its words together, in that order, before the same words apart.
  { q: '"peace talks"', first: ['peaceTalks'], relevant: ['peaceTalks', 'peaceTalksBody'] },
  // Unquoted, the words anywhere in the same field: the newer title first.
  { q: 'peace talks', first: ['talksPeace'], relevant: ['peaceTalks', 'peaceTalksBody', 'talksPeace'] },
  // Prefixes of ordinary words.
  { q: 'negotia', first: ['negotiations', 'negotiator'], relevant: ['negotiations', 'negotiator'] },
  { q: 'recon', first: ['reconstruction'], relevant: ['reconstruction'] },
  { q: 'govern', first: ['government'], relevant: ['government', 'governor', 'governmentOld'] },
  // Recency within a field, the field over recency.
  {
    q: 'ceasefire',
    first: ['ceasefireNew'],
    relevant: ['ceasefireNew', 'ceasefireMonth', 'ceasefireBody', 'ceasefireYear'],
  },
  { q: 'grain', first: ['grainTitle', 'odesa'], relevant: ['grainTitle', 'odesa', 'negotiations', 'grainBody'] },
  // A misspelt common word; words in several titles.
  {
    q: 'ceasfire',
    first: ['ceasefireNew'],
    relevant: ['ceasefireNew', 'ceasefireMonth', 'ceasefireBody', 'ceasefireYear'],
  },
  { q: 'parliament', first: ['zelensky', 'zelenskyBody'], relevant: ['zelensky', 'zelenskyBody', 'government'] },
  { q: 'budget', first: ['zelenskyBody'], relevant: ['zelenskyBody', 'shmyhal'] },
  // Cyrillic only.
  { q: 'енергетики', first: ['energy'], relevant: ['energy', 'kyivCyrillic'] },
  { q: 'зерно', first: ['cyrillicGrain'], relevant: ['cyrillicGrain'] },
  { q: 'міст', first: ['klychkoCyrillic'], relevant: ['klychkoCyrillic'] },
  // Accents do not matter.
  { q: 'cafe', first: ['cafe'], relevant: ['cafe'] },
  { q: 'CAFÉ front', first: ['cafe'], relevant: ['cafe'] },
];

/** The figures reached when this set was written: the test fails below them. */
const FLOOR = { precisionAt5: 1, successAt1: 1 };

describe(`relevance (${onEngine('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  const titleOf = new Map(Object.entries(STORIES).map(([key, story]) => [story.title, key]));

  beforeAll(async () => {
    for (const story of Object.values(STORIES))
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(
          factories.article({
            title: story.title,
            ...(story.subtitle ? { subtitle: story.subtitle } : {}),
            status: 'published',
            publishedAt: daysAgo(story.age),
            section: 'Relevance',
            body: [{ type: 'paragraph', text: story.body }],
          }),
        )
        .expect(201);
    for (let i = 0; i < FILLER_STORIES; i++)
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(
          factories.article({
            title: `Council notes ${i}`,
            status: 'published',
            publishedAt: daysAgo(i * 3),
            section: 'Relevance',
            body: [{ type: 'paragraph', text: filler }],
          }),
        )
        .expect(201);
    await t.http
      .post('/v1/search/synonyms')
      .set(t.auth())
      .send({ terms: ['Kyiv', 'Kiev'] })
      .expect(201);
  });

  it(`ranks the stories that must come first first: precision@5 ≥ ${FLOOR.precisionAt5}, success@1 ≥ ${FLOOR.successAt1}`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    const scores: { q: string; precision: number; first: boolean; top: string[] }[] = [];
    for (const query of QUERIES) {
      const page = (
        await t.http
          .get(`/v1/articles?q=${encodeURIComponent(query.q)}&section=Relevance&limit=5&fields=title`)
          .expect(200)
      ).body as { data: { title: string }[] };
      const top = page.data.map((hit) => titleOf.get(hit.title) ?? hit.title);
      const relevant = new Set(query.relevant);
      const precision = top.filter((key) => relevant.has(key)).length / Math.min(5, relevant.size);
      scores.push({ q: query.q, precision, first: query.first.includes(top[0] ?? ''), top });
    }
    const precisionAt5 = scores.reduce((sum, score) => sum + score.precision, 0) / scores.length;
    const successAt1 = scores.filter((score) => score.first).length / scores.length;
    const misses = scores.filter((score) => score.precision < 1 || !score.first);
    console.info(
      `relevance on ${onEngine('postgres') ? 'PostgreSQL' : 'SQLite'}: ${QUERIES.length} queries, precision@5 ${precisionAt5.toFixed(3)}, success@1 ${successAt1.toFixed(3)}${misses.length ? `; short: ${JSON.stringify(misses)}` : ''}`,
    );
    expect({ precisionAt5, successAt1, misses }).toEqual({
      precisionAt5: expect.toSatisfy((value: number) => value >= FLOOR.precisionAt5),
      successAt1: expect.toSatisfy((value: number) => value >= FLOOR.successAt1),
      misses: expect.any(Array),
    });
  });
});
