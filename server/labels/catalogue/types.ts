/** One label's shipped texts: Dutch first (the portal's language), English second. */
export type LabelTexts = readonly [nl: string, en: string];

/** The labels of one portal page, by label name (e.g. `Label_PropertyValuationInformation`). */
export interface PageLabels {
  page: string;
  labels: Readonly<Record<string, LabelTexts>>;
}

export const page = (name: string, labels: Readonly<Record<string, LabelTexts>>): PageLabels => ({ page: name, labels });
