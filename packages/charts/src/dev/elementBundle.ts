/**
 * True only in the custom elements' browser bundles: scripts/build-elements.mjs replaces this module with
 * `ELEMENT_BUNDLE = true` there, and code behind `!ELEMENT_BUNDLE` is left out of them. They are production
 * builds, where warnDev does nothing (so its calls and the messages they build go), and an element never
 * passes the item API's props (onActiveChange, onSelect, renderTooltip, highlight: so the charts' item
 * builders and the dimmed veil go). Everywhere else (the React entries, static, tests) it is false.
 */
export const ELEMENT_BUNDLE: boolean = false;
