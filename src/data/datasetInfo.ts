import type { DatasetName } from './datasets';

/** How each dataset is introduced on /data/: a title and what one record is. */
export const datasetInfo: Readonly<Record<DatasetName, { title: string; description: string }>> = {
  sources: {
    title: 'Sources',
    description:
      'One record per published document the data cites: publisher, title, date and address where known, and what it supports. The VOA Khmer article is the primary source; the rest put it in context.',
  },
  events: {
    title: 'Events',
    description:
      'The crackdown and its context, 2019 to 2023: one record per dated event, with its date and how exact it is, its strand of the story, a one-sentence description, the figures, places, countries and people it involves, and any disagreement between sources.',
  },
  counts: {
    title: 'Counts',
    description:
      'Every reported figure, one record each: who was counted (nationality), what was counted in the source’s terms (rescued, repatriated, found in raids, still stuck and so on) with the source’s own words for it, the number with the source’s qualifier (“more than”, “about”), the date it stands at, the period and place it covers, any link to another figure (stated by the source or marked as the site’s inference), and its sources.',
  },
  countries: {
    title: 'Countries and territories',
    description:
      'Every country or territory the story names, with its ISO code, the capital used to place it on the map, and its roles in the story (origin of victims, embassy that asked for help, destination of trafficked Cambodians…).',
  },
  places: {
    title: 'Places in Cambodia',
    description:
      'Cities, provinces, compounds, casinos and the river crossing the reporting names, each with the point drawn for it and how exact that point is. A point is never more precise than the reporting.',
  },
  routes: {
    title: 'Routes',
    description:
      'Flows of trafficked people: from a country into Cambodia, Cambodians trafficked out to Thailand and Indonesia, and one escape into Vietnam, each with why it is drawn (a figure, an embassy’s request for help, or a statement) and the figures behind it.',
  },
  quotes: {
    title: 'Quotes',
    description: 'Words people said, exactly as published, with the speaker’s role as the source gives it.',
  },
  scams: {
    title: 'Kinds of scam',
    description: 'The scams trafficked workers were forced to run, as the VOA article describes them.',
  },
};
