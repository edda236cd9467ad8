/**
 * The CSS properties whose computed value testing-library, user-event, jest-dom and axe read in jsdom:
 * whether an element is shown (display, visibility, opacity), can be clicked (pointer-events), gets a
 * name from generated text (content), or is hidden off screen the way axe looks for it (position, clip,
 * overflow, transform). A Fluent rule setting anything else changes nothing a test observes.
 */
const SEEN_PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'pointer-events',
  'content',
  'position',
  'clip',
  'clip-path',
  'overflow',
  'overflow-x',
  'overflow-y',
  'transform',
];

const SEEN = new RegExp(`[{;]\\s*(?:${SEEN_PROPERTIES.join('|')})\\s*:`);

/** True for a CSS rule text (".fabc{display:none;}", "@media …{…}") that sets one of those properties. */
export function ruleSeenByTests(cssRule: string): boolean {
  return SEEN.test(cssRule);
}
