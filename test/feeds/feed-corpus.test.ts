import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, measureCorpus, measureDateForms } from './corpus-agreement.js';

describe('our feed path side by side with feedparser on its own test feeds (../shared)', () => {
  const figures = measureCorpus();

  it('rejects no feed in which feedparser finds entries', () => {
    expect(figures.files).toBe(609);
    expect(figures.disagreements.filter((d) => d.field === 'rejected')).toEqual([]);
  });

  it('agrees on entry counts, titles and links', () => {
    const summary = { count: figures.countAgreement, title: figures.titleAgreement, link: figures.linkAgreement, date: figures.dateAgreement };
    expect(summary.count).toBeGreaterThanOrEqual(98);
    expect(summary.title).toBeGreaterThanOrEqual(97);
    expect(summary.link).toBeGreaterThanOrEqual(97);
    expect(summary.date).toBeGreaterThanOrEqual(97);
    expect(figures.entriesCompared).toBeGreaterThan(400);
  });

  it('keeps its list of reviewed exceptions short and every one of them in use', () => {
    expect(Object.keys(EXCEPTIONS).length).toBeLessThanOrEqual(10);
    const differing = new Set(measureCorpus({}).disagreements.map((d) => d.path));
    for (const path of Object.keys(EXCEPTIONS)) expect(differing, `${path} no longer differs: drop its exception`).toContain(path);
  });
});

describe("the date forms feedparser's date tests cover", () => {
  const figures = measureDateForms();

  it('reads at least 42 of 46 valid dates right, in RSS and in Atom', () => {
    expect(figures.valid).toBe(46);
    expect(figures.rightInRss, figures.wrong.join('\n')).toBeGreaterThanOrEqual(42);
    expect(figures.rightInAtom, figures.wrong.join('\n')).toBeGreaterThanOrEqual(42);
  });

  it('leaves invalid dates undated and never rejects a feed for a date', () => {
    expect(figures.misdated, figures.wrong.join('\n')).toBe(0);
    expect(figures.rejectedFeeds).toBe(0);
  });
});
