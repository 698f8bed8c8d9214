import type { DeckSourceSlide } from './deckSource';

/**
 * The deck until the story's content file lands (issue #12): the same shape the story adapter produces, so
 * replacing it is one import in /present/. Numbers are `{count:<id>}` references, never typed.
 */
export const interimDeck: readonly DeckSourceSlide[] = [
  {
    slug: 'title',
    kicker: 'Cambodia · 2019–2023',
    title: 'Held in the compounds',
    body: 'How people from across Asia were trafficked into online-scam compounds in Cambodia, and the crackdown of 2022.\n\nThis story describes abuse of people held against their will. No one who was held is named.',
    notes: [
      'Give the content note before you start: the story mentions beatings and sexual assault. Students may step out.',
      'The story follows VOA Khmer’s report of late August 2022, with figures from other reporting from 2019 to 2023.',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'a-new-problem',
    title: 'Trafficked out, and now trafficked in',
    body: 'Cambodians have long been trafficked *out*, into Thailand and Indonesia.\n\nForeign-run rings holding foreigners *inside* Cambodia were new.',
    chart: { id: 'trafficking-routes', state: 'overview' },
    notes: [
      'The blue lines are the older flow: Cambodians trafficked into Thailand and Indonesia.',
      'The red lines are the routes into Cambodia that this story is about.',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'how-it-began',
    kicker: '2019–2022',
    title: 'A gambling ban, then a pandemic',
    body: 'Cambodia banned online gambling in 2019. Then COVID-19 cut off workers, tourists and gamblers from China.',
    chart: { id: 'crackdown-timeline', state: 'before' },
    notes: [
      'Jason Tower (U.S. Institute of Peace) told VOA that a crackdown on online gambling in China first pushed these groups into Southeast Asia.',
      'After the ban, {count:cn-departed-after-ban} Chinese nationals left Cambodia, according to the immigration department.',
    ],
    sources: ['voa-2022-08', 'freshnews-16259', 'khmertimes-bhrrc-2020-01-01'],
  },
  {
    slug: 'lured',
    title: 'Lured by “tech jobs”',
    body: 'Many were recruited through adverts for “tech jobs”. Once inside guarded compounds, they were forced to run scams, or to pay large sums for their freedom.',
    quote: 'tower-transnational-groups',
    notes: [
      'Many of those trafficked were fairly well educated: the scams need language skills and literacy to follow scripts.',
      'Compounds were guarded, with razor wire or bars. VOA cites Nikkei Asia and Al Jazeera on beatings, tasers and electric batons.',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'taiwan',
    kicker: 'August 2022',
    title: 'Taiwan: {count:tw-held-captive-voa} of its citizens held captive',
    body: 'Taiwan complained to Phnom Penh that {count:tw-held-captive-voa} of its citizens were held captive at call centres in Cambodia.',
    chart: { id: 'trafficking-routes', state: 'origin:TW' },
    notes: [
      'Taiwan News gave a government figure for 18 Aug: {count:tw-found-aug-18} found by household checks, {count:tw-stuck-aug-18} still stuck, {count:tw-returned-aug-18} returned.',
      'These are parts of one figure, not separate counts to add.',
    ],
    sources: ['voa-2022-08', 'taiwannews-4630262'],
  },
  {
    slug: 'embassies',
    title: '{count:embassies-requested-help} embassies asked Cambodia for help',
    body: 'In the six months to August 2022, {count:embassies-requested-help} embassies asked Cambodia’s foreign ministry to intervene in forced-labour cases.',
    chart: { id: 'trafficking-routes', state: 'all-origins' },
    notes: [
      'The nine named by VOA: Bangladesh, India, Indonesia, Malaysia, Mongolia, Nepal, Pakistan, the Philippines and Thailand.',
      'For several of them no figure was reported: the map shows them as dashed lines without a number.',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'river-escape',
    kicker: '{date:binh-di-river-escape}',
    title: 'An escape across the Binh Di River',
    body: 'In Kandal province, {count:vn-escaped-binh-di-voa} Vietnamese workers escaped a casino and swam across the Binh Di River into Vietnam.',
    chart: { id: 'trafficking-routes', state: 'river-escape' },
    notes: [
      'VnExpress: {count:vn-tried-binh-di} tried, {count:vn-escaped-binh-di} made it. One was missing, one caught; a body was found two days later.',
      'Where the river was crossed was not reported: the arrow shows only the direction.',
    ],
    sources: ['voa-2022-08', 'vnexpress-4501827'],
  },
  {
    slug: 'tier-3',
    kicker: '{date:tip-2022-tier-3}',
    title: 'The United States downgrades Cambodia to Tier 3',
    body: 'The 2022 Trafficking in Persons report found that Cambodia’s government does not meet minimum standards against trafficking, and is not making significant efforts to.',
    chart: { id: 'crackdown-timeline', state: 'event:tip-2022-tier-3' },
    notes: [
      'Tier 3 means, in VOA’s words, that the government does not meet minimum standards and is not making significant efforts to do so.',
      'The report said authorities held no officials criminally accountable in the large majority of credible reports of complicity.',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'crackdown',
    kicker: 'August–October 2022',
    title: 'The crackdown',
    body: 'From {date:sar-kheng-aug-22-announcement}, officials checked hotels and casinos across Cambodia for trafficking victims.',
    chart: { id: 'crackdown-timeline', state: 'crackdown' },
    notes: [
      'VOA rounds the statement to {count:kh-rescued-2022-voa}; the Phnom Penh Post reports {count:kh-rescued-jan-aug} rescued in {count:kh-rescue-cases-jan-aug} cases, from the start of the year to Aug. 20.',
      'On {date:sar-kheng-aug-26-statement} the interior minister said {count:kh-rescued-2022-voa} foreign citizens had been rescued from trafficking rings that year.',
      'Raids in Sihanoukville followed in September.',
    ],
    sources: ['voa-2022-08', 'ppp-sar-kheng-trafficking-offenders'],
  },
  {
    slug: 'by-nationality',
    title: 'Many counts, never one total',
    body: 'Indonesia counted victims, rescues, repatriations and people stopped from travelling: four different things.\n\nThe same person can be in several counts, so they are never added up.',
    chart: { id: 'rescues-by-nationality', state: 'country:ID' },
    notes: [
      'Indonesia announced {count:id-repatriated-aug-23} repatriated and {count:id-prevented-aug-23} stopped from travelling: two different things.',
      'Ask: why would adding these numbers give a wrong answer?',
    ],
    sources: ['voa-2022-08'],
  },
  {
    slug: 'sources-disagree',
    title: 'Sources disagree',
    body: 'Thai police said {count:th-rescued-since-oct-2021} Thais had been rescued since October 2021; other reports give {count:th-rescued-other-reports}.\n\nWhen sources disagree, we show both.',
    chart: { id: 'rescues-by-nationality', state: 'country:TH' },
    notes: [
      'Three reports of one escape from a casino in Bavet give {count:vn-escaped-bavet}, {count:vn-escaped-bavet-vietnamplus} and {count:vn-escaped-bavet-dantri}.',
      'Figures differ by date, by who counts, and by what is counted.',
    ],
    sources: ['cna-2622016', 'source-sheet'],
  },
  {
    slug: 'after',
    kicker: '2023',
    title: 'What came after',
    body: 'Cambodia stayed on Tier 3 in 2023.\n\nThe UN human rights office estimated that {count:kh-estimated-held-2023} people may be held in scam operations in Cambodia. A police spokesman disputed it.',
    chart: { id: 'crackdown-timeline', state: 'after' },
    notes: [
      'An estimate, not a count: the UN gave {count:mm-estimated-held-2023} for Myanmar.',
      'Close with the discussion questions on the next slide.',
    ],
    sources: ['statenewswire-644414928', 'xinhua-2023-08-29', 'trtworld-14733176'],
  },
  {
    slug: 'discuss',
    title: 'Discuss',
    body: 'How do we know these numbers, and who counted them?\n\nWhy might two sources give different figures for the same event?\n\nHow should reporters write about people who were held?',
    notes: ['More questions, an activity and a glossary are in the teaching kit at /teach/.'],
    sources: ['voa-2022-08'],
  },
];
