/** Colours that stay apart on a light background, in the order speakers first appear. */
const PALETTE = ['#1f6fd1', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0e7490', '#a16207', '#4d7c0f', '#7c3aed', '#b45309'];

/** A speaker → colour map for speakers in the roster's order (or an import's): a speaker keeps a colour while the order holds. */
export function speakerColors(speakers: readonly string[]): ReadonlyMap<string, string> {
  return new Map(speakers.map((who, i) => [who, PALETTE[i % PALETTE.length]!]));
}
