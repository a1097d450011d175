import { describe, expect, it } from 'vitest';
import { syllables } from '../../../../common/text/syllables.js';
import { articleFeatures, compileLexicon, type Lexicon } from './features.js';

// How lexicon phrases are found: masking phrases cover the cues inside them, and unaccented text
// does not match a lone accented syllable.
const lexicon: Lexicon = {
  priors: {},
  categories: {
    'tone.hostile': ['quan chức'],
    'tone.criticism': ['chán', 'kéo dài', 'sập bẫy'],
    'tone.disaster': ['mưa lớn', 'mưa lớn kéo dài', 'sập'],
    mask: ['cơ quan chức năng', 'mưa lớn kéo dài', 'sập bẫy'],
  },
};
const matcher = compileLexicon(lexicon);
const hits = (body: string, folded = false) =>
  articleFeatures(matcher, [], syllables(body.normalize('NFC')), folded).lexiconHits;

describe('lexicon matching', () => {
  it('a cue inside a masking phrase does not count; the phrase’s own categories do', () => {
    const h = hits('Cơ quan chức năng đang làm rõ. Mưa lớn kéo dài từ đêm qua. Nhiều người sập bẫy.');
    expect(h.has('tone.hostile')).toBe(false);
    expect(h.get('tone.disaster')).toEqual(['mưa lớn kéo dài']);
    expect(h.get('tone.criticism')).toEqual(['sập bẫy']);
    expect(h.has('mask')).toBe(false);
    // Outside a mask the same cues count.
    expect(hits('Các quan chức im lặng. Tuyến đường thi công kéo dài.').get('tone.hostile')).toEqual(['quan chức']);
  });

  it('unaccented text does not match a lone accented syllable, but still matches longer phrases', () => {
    expect(hits('chac chan se vui', true).has('tone.criticism')).toBe(false);
    expect(hits('nhieu nguoi sap bay', true).get('tone.criticism')).toEqual(['sap bay']);
    expect(hits('Ai cũng chán', false).get('tone.criticism')).toEqual(['chán']);
  });
});
