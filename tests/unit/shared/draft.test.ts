import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft, sameJson, shouldOfferDraft } from '../../../shared/domain/draft';
import { defaultRevisionName } from '../../../shared/domain/revision';

const doc = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

describe('the local copy of an unsaved document', () => {
  it('round-trips through storage', () => {
    const raw = encodeDraft('2025-03-02T06:05:00.000Z', JSON.stringify(doc('新建幼儿园10所。')));
    expect(decodeDraft(raw)).toEqual({ savedAt: '2025-03-02T06:05:00.000Z', document: doc('新建幼儿园10所。') });
  });

  it('an unreadable copy counts as none', () => {
    expect(decodeDraft(null)).toBeNull();
    expect(decodeDraft('{"v":1,"savedAt":"x","document":{}}')).toBeNull();
    expect(decodeDraft('{not json')).toBeNull();
    expect(decodeDraft('{"v":2,"savedAt":"2025-03-02T06:05:00.000Z","document":{}}')).toBeNull();
  });

  it('is offered back only when it says something other than the saved document', () => {
    const copy = { savedAt: '2025-03-02T06:05:00.000Z', document: doc('改过的内容') };
    expect(shouldOfferDraft(copy, { document: doc('原来的内容') })).toBe(true);
    expect(shouldOfferDraft(copy, { document: null })).toBe(true);
    expect(shouldOfferDraft({ ...copy, document: doc('原来的内容') }, { document: doc('原来的内容') })).toBe(false);
    expect(shouldOfferDraft(null, { document: doc('原来的内容') })).toBe(false);
  });

  it('documents that differ only in key order are the same', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe('named versions', () => {
  it('are offered a dated name', () => {
    expect(defaultRevisionName(new Date(2025, 2, 2, 14, 5))).toBe('2025年3月2日 14:05 版本');
  });
});
