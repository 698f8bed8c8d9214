/**
 * The widths (and the map's height) each chart is drawn at on a slide. A slide is a 16:9 stage of 100 units;
 * charts are drawn smaller than they are shown so that, scaled up to the stage, their labels are at least 16px
 * on a 1280x720 screen (and larger on bigger ones): the map's smallest label is 11.5px drawn at 900px wide and
 * shown about 1.4 times larger.
 */
export const SLIDE_CHART_SIZES = {
  map: { widths: [900], height: 400 },
  rescues: { widths: [800] },
  timeline: { widths: [760] },
} as const;
