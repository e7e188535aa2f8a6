/**
 * The day as text, as one chunk loaded when it is first shown (the reader's toggle, or a browser
 * without WebGL2): the first view of the map needs none of it.
 */
export { default as DayText } from './DayText.svelte';
export { dayOverview } from './overview';
