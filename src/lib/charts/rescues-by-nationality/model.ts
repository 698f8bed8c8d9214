/**
 * The rows of the rescues-by-nationality chart: one group per nationality, one line per figure. Figures that
 * report the same thing with different numbers (`disagreesWith`) share a line, to be read as "56, 60 or 67";
 * a breakdown of a figure of the same kind (`partOf`: 35 men of the 40) is folded into that figure rather than
 * drawn beside it. Nothing is ever summed.
 */
import { countKindSchema, type Count, type CountKind } from '../../../data/schemas/count';
import type { Country } from '../../../data/schemas/country';
import type { Source } from '../../../data/schemas/source';
import { readableNote } from '../../text/readableNote';

/** What the chart reads: the loader's `StoryData` fits. */
export interface RescueChartData {
  counts: readonly Count[];
  countries: readonly Country[];
  sources: readonly Source[];
}

/** One reported figure, drawn as one mark. */
export interface RescueFigure {
  count: Count;
  country: Country;
  /** The sources the count cites, resolved. */
  sources: Source[];
  /** Breakdowns of this figure (same nationality and kind), shown with it, not as marks of their own. */
  parts: Count[];
  /** The count's note for readers (record ids replaced), or ''. */
  note: string;
}

/** One line of a group: a figure, or several figures that disagree about the same thing. */
export interface RescueLine {
  kind: CountKind;
  /** In ascending order of value. */
  figures: RescueFigure[];
  /** The latest `asOf` among the figures. */
  asOf: string;
  /** False when a later figure of the same kind exists for this nationality: drawn hollow. */
  latest: boolean;
}

/** One nationality and its lines, ordered by kind then date. */
export interface RescueGroup {
  country: Country;
  lines: RescueLine[];
  /** The largest single figure: used to sort groups, never a total. */
  largest: number;
  /** The country's embassy asked Cambodia for help (VOA). */
  askedForHelp: boolean;
}

export interface RescueRows {
  /** Nationalities with at least one figure, in name order (see sortRescueRows). */
  groups: RescueGroup[];
  /** Countries whose embassies asked for help but for which no figure was reported, in name order. */
  noCount: Country[];
  /** Figures that cover many nationalities (country null): not rows of this chart. */
  allNationalities: Count[];
}

/**
 * Kinds that are not counts of the people caught up in the compounds, so have no place here: departures
 * after the 2019 gambling ban, suspects arrested, requests for help, and `other` (cases, households checked,
 * sites raided). One rule: a count of requests is left out as a count of cases is.
 */
export const RESCUE_EXCLUDED_KINDS: readonly CountKind[] = ['departed', 'arrested or charged', 'requested help', 'other'];

const KIND_ORDER = new Map(countKindSchema.options.map((k, i) => [k, i]));

/** Groups the counts by nationality into lines, resolving countries and sources. */
export function rescueRows(data: RescueChartData, excluded: readonly CountKind[] = RESCUE_EXCLUDED_KINDS): RescueRows {
  const countryByCode = new Map(data.countries.map((c) => [c.code, c]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const countById = new Map(data.counts.map((c) => [c.id, c]));
  const shown = data.counts.filter((c) => !excluded.includes(c.kind));
  const allNationalities = shown.filter((c) => c.country === null);

  // A breakdown of a drawn figure of the same nationality and kind is folded into it.
  const parentOf = (c: Count): Count | undefined => {
    const p = c.partOf ? countById.get(c.partOf) : undefined;
    return p && p.country === c.country && p.kind === c.kind ? p : undefined;
  };
  const parts = new Map<string, Count[]>();
  const byCountry = new Map<string, Count[]>();
  for (const count of shown) {
    if (count.country === null) continue;
    if (!countryByCode.has(count.country)) throw new Error(`count ${count.id}: unknown country ${count.country}`);
    const parent = parentOf(count);
    if (parent) parts.set(parent.id, [...(parts.get(parent.id) ?? []), count]);
    else byCountry.set(count.country, [...(byCountry.get(count.country) ?? []), count]);
  }

  const groups: RescueGroup[] = [...byCountry].map(([code, counts]) => {
    const country = countryByCode.get(code)!;
    const figure = (count: Count): RescueFigure => ({
      count,
      country,
      sources: count.sources.map((id) => {
        const s = sourceById.get(id);
        if (!s) throw new Error(`count ${count.id}: unknown source ${id}`);
        return s;
      }),
      parts: parts.get(count.id) ?? [],
      note: count.note ? readableNote(count.note, countById) : '',
    });
    const lines = disagreeing(counts).map((members): RescueLine => {
      const sorted = [...members].sort((a, b) => a.value - b.value);
      const asOf = members.map((m) => m.asOf).sort((a, b) => dateStart(a).localeCompare(dateStart(b))).at(-1)!;
      return { kind: members[0]!.kind, figures: sorted.map(figure), asOf, latest: true };
    });
    for (const line of lines) {
      line.latest = !lines.some((other) => other.kind === line.kind && dateEnd(line.asOf) < dateStart(other.asOf));
    }
    lines.sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || dateStart(a.asOf).localeCompare(dateStart(b.asOf)) || a.figures[0]!.count.value - b.figures[0]!.count.value);
    return {
      country,
      lines,
      largest: Math.max(...counts.map((c) => c.value)),
      askedForHelp: country.roles.includes('embassy-asked-for-help'),
    };
  });

  const noCount = data.countries.filter((c) => c.roles.includes('embassy-asked-for-help') && !byCountry.has(c.code));
  return { groups: sortByName(groups, (g) => g.country), noCount: sortByName(noCount, (c) => c), allNationalities };
}

/** Splits counts into sets linked by `disagreesWith` (same kind only), in the counts' order. */
function disagreeing(counts: readonly Count[]): Count[][] {
  const setOf = new Map<string, Count[]>();
  const sets: Count[][] = [];
  for (const c of counts) {
    const linked = c.disagreesWith.map((id) => setOf.get(id)).find((s) => s && s[0]!.kind === c.kind);
    const set = linked ?? [];
    if (!linked) sets.push(set);
    set.push(c);
    setOf.set(c.id, set);
  }
  return sets;
}

/** The first and last possible day of an ISO date at any precision, as comparable strings. */
function dateStart(iso: string): string {
  return iso.length === 4 ? `${iso}-00-00` : iso.length === 7 ? `${iso}-00` : iso;
}
function dateEnd(iso: string): string {
  return iso.length === 4 ? `${iso}-99-99` : iso.length === 7 ? `${iso}-99` : iso;
}

function sortByName<T>(items: T[], country: (item: T) => Country): T[] {
  return [...items].sort((a, b) => country(a).name.localeCompare(country(b).name, 'en'));
}
