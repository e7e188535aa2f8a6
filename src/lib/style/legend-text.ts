/**
 * The words of the legend rows that are not a controller's or a status's name, shared by the
 * page's legend, the comparison key and the exported image, so the image says what the page says.
 */

export const LOW_CONFIDENCE_LABEL = 'Low confidence (sources vague or disagree)';
export const TRANSITION_LABEL = 'Disarmament under way (Sep 2023)';
export const FRONT_LABEL = 'Boundary between areas held by different sides';
export const RELATION_LINES_LABEL = 'Lines from its capital: thicker is closer';

export const RECOGNITION_KEYS = ['recognises', 'does-not-recognise', 'no-data'] as const;
export type RecognitionKey = (typeof RECOGNITION_KEYS)[number];

/** A recognition legend row, with a breakaway entity in focus. */
export function recognitionLabel(key: RecognitionKey, entityName: string): string {
  if (key === 'recognises') return `Recognises ${entityName}`;
  if (key === 'does-not-recognise') return `Does not recognise ${entityName}`;
  return `No data (${entityName} did not exist on this day)`;
}

/**
 * The comparison's key: plus signs where the day shown is the later one (land gained since the
 * other day), minus signs where it is the earlier one (land lost by the other day).
 */
export function comparisonKey(otherLabel: string, shownIsLater: boolean): string {
  return shownIsLater
    ? `Plus signs: gained since ${otherLabel} by the holder shown (its colour).`
    : `Minus signs: lost by ${otherLabel} by the holder shown (its colour).`;
}
