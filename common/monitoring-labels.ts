/** Press monitoring's fixed labels: the analysis, its contracts and the screens share these lists. */

/** The fixed topic list of issue 9. */
export const TOPICS = [
  'investment',
  'tourism',
  'culture-festivals',
  'ethnic-affairs',
  'border-sovereignty',
  'human-rights',
  'religion',
  'disaster-environment',
  'security-order',
  'government-administration',
  'economy-trade',
  'infrastructure',
  'agriculture',
  'health-education',
  'foreign-relations',
] as const;

/** Flags that call for the coordinator's attention. */
export const FLAGS = [
  'wrong-sovereignty',
  'false-information',
  'human-rights',
  'religion',
  'ethnic',
  'border',
] as const;
