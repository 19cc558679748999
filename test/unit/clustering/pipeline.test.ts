import { describe, it, expect } from 'vitest';
import { normalize, stripAccents } from '../../../shared/clustering/normalize';
import { tokenize } from '../../../shared/clustering/tokenize';
import { analyze } from '../../../shared/clustering/analyze';
import { parseCardFile, parseCsv } from '../../../scripts/cardFile';
import { tinyVectors } from './vectorsFixture';
import { loadVectorsFromDisk } from '../../../server/themes/loadVectors';

describe('pipeline steps', () => {
  it('normalizes phone spelling and symbols', () => {
    expect(normalize('Ppl need $$$ & info pls')).toBe(
      'people need  money   and  information please',
    );
    expect(stripAccents('clínica żadnego')).toBe('clinica zadnego');
    // Vowel signs of Brahmic scripts are letters, not accents.
    expect(stripAccents('कार्य')).toBe('कार्य');
  });

  it('tokenizes any script with Intl.Segmenter', () => {
    expect(tokenize("volunteers' burn-out, it's 2am")).toEqual([
      'volunteers',
      'burn',
      'out',
      'it',
      '2am',
    ]);
    expect(tokenize('змінюються після виборів')).toEqual(['змінюються', 'після', 'виборів']);
  });

  it('detects language, drops stopwords, stems, and repairs typos against the vocabulary', () => {
    const v = tinyVectors();
    const es = analyze('la gente que trabaja por turnos nunca puede venir', v);
    expect(es.lang).toBe('spa');
    expect(es.tokens.map((t) => t.key)).not.toContain('que');
    const en = analyze('the volunters need fundng', v);
    expect(en.lang).toBe('eng');
    expect(en.tokens.map((t) => t.surface)).toEqual(['volunteers', 'funding']);
  });

  it('names Arabic, Swahili, Greek, Hindi, Armenian and Georgian by the codes of our lists', () => {
    const v = tinyVectors();
    expect(analyze('نحن نعمل مع المكتبة المحلية في المدينة', v).lang).toBe('ara');
    expect(analyze('Tunafanya kazi na maktaba ya jamii kila wiki', v).lang).toBe('swa');
    expect(analyze('Συνεργαζόμαστε με τη δημοτική βιβλιοθήκη', v).lang).toBe('ell');
    expect(analyze('हम पुस्तकालय के साथ काम करते हैं', v).lang).toBe('hin');
    expect(analyze('Մենք աշխատում ենք գրադարանի հետ', v).lang).toBe('hye');
    expect(analyze('ჩვენ ვმუშაობთ ბიბლიოთეკასთან', v).lang).toBe('kat');
  });

  it('tells close languages apart by the words their lists know', () => {
    const v = loadVectorsFromDisk();
    const lang = (text: string) => analyze(text, v).lang;
    expect(lang('Colaboramos con la biblioteca municipal cada semana')).toBe('spa');
    expect(lang('Col·laborem amb la biblioteca municipal cada setmana')).toBe('cat');
    expect(lang('Spolupracujeme s knihovnou na projektech pro mladé')).toBe('ces');
    expect(lang('Spolupracujeme s knižnicou na projektoch pre mladých')).toBe('slk');
    expect(lang('Vi samarbejder med biblioteket om lektiehjælp')).toBe('dan');
    expect(lang('Vi samarbeider med biblioteket om leksehjelp')).toBe('nob');
    expect(lang('Vi samarbetar med biblioteket varje vecka')).toBe('swe');
    expect(lang('Nuorten kohtaamiseen olisi pitänyt järjestää koulutus heti alussa')).toBe('fin');
    // Their function words go too ("مع", "na", "με", "के").
    expect(analyze('نحن نعمل مع المكتبة', v).tokens.map((t) => t.surface)).not.toContain('مع');
  });
});

describe('card files for the cluster CLI', () => {
  it('reads plain lines, TSV, CSV with quoted multi-line fields, and JSON shapes', () => {
    expect(parseCardFile('a card\n\nanother card\n')).toEqual(['a card', 'another card']);
    expect(parseCardFile('theme\tlang\ttext\nx\ten\tfirst\ny\ten\tsecond\n')).toEqual([
      'first',
      'second',
    ]);
    expect(parseCardFile('id,text,group\n1,"hello, ""world""\nline two",g\n2,plain,g\n')).toEqual([
      'hello, "world"\nline two',
      'plain',
    ]);
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCardFile('["a","b"]')).toEqual(['a', 'b']);
    expect(parseCardFile('[{"text":"a"}]')).toEqual(['a']);
    expect(parseCardFile('{"cards":[{"text":"a"}]}')).toEqual(['a']);
    expect(parseCardFile('{"snapshot":{"cards":[{"id":"1","text":"a"}]}}')).toEqual(['a']);
  });
});
