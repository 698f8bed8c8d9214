/**
 * The widths (and the map's height) each chart is drawn at on a slide. A slide is a 16:9 stage of 100 units;
 * charts are drawn smaller than they are shown so that, scaled up to the stage, their labels are at least 16px
 * on a 1280x720 screen (and larger on bigger ones): the map's smallest label is 11.5px drawn at 900px wide and
 * shown about 1.4 times larger.
 */
export const SLIDE_CHART_SIZES = {
  map: { widths: [900], height: 400 },
  rescues: { widths: [800] },
  /**
   * The whole nationality chart (state `all`), cut between nationalities into slides of at most `maxHeight`
   * (slideRescuePages). Under a one-line title a slide leaves it about 598px of 720 (the deck's buttons kept
   * clear), and 1190px of width: drawn 860 wide, a part is shown about 1.38 times larger, its axis labels (12px
   * drawn) at 16.6px, and at most 400 x 1.38 = 553px tall. Four parts of two to four nationalities.
   */
  rescueParts: { width: 860, maxHeight: 400 },
  timeline: { widths: [760] },
} as const;
