import { expect } from '@open-wc/testing';
import { checkProperties, checkStrings, toLevels } from '../src/internal/converters.js';
import { formatSrcset, isImageUrl, parseSrcset } from '../src/internal/image-url.js';
import { resolveLocale } from '../src/internal/locale-controller.js';
import { buildLadder } from '../src/internal/scale-ladder.js';
import { captureWarnings } from './helpers.js';

const TAG = 'bantin-test';

function warned<T>(run: () => T): { result: T; messages: string[] } {
  const warnings = captureWarnings();
  try {
    return { result: run(), messages: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('internal: strings overrides, key by key', () => {
  it('keeps text, ignores a value that is not text naming its key, reports unknown keys', () => {
    const { result, messages } = warned(() =>
      checkStrings(TAG, '{"print": "In", "sizeAnnouncement": 5, "close": null, "nope": "x"}'),
    );
    expect(result).to.deep.equal({ print: 'In' });
    expect(messages).to.deep.equal([
      '<bantin-test> strings: "sizeAnnouncement" is 5, not text; ignored.',
      '<bantin-test> strings: "close" is null, not text; ignored.',
      '<bantin-test> strings: unknown key "nope" ignored.',
    ]);
  });

  it('reports null, arrays, numbers and broken JSON, and uses the built-in strings', () => {
    for (const value of ['null', '[]', '5', '"text"', '{not json', [], 5, true]) {
      const { result, messages } = warned(() => checkStrings(TAG, value));
      expect(result, String(value)).to.be.undefined;
      expect(messages, String(value)).to.have.length(1);
      expect(messages[0]).to.match(/^<bantin-test> strings: /);
    }
  });

  it('is quiet for a removed attribute and for a prototype key in JSON', () => {
    expect(warned(() => checkStrings(TAG, null)).messages).to.deep.equal([]);
    expect(warned(() => checkStrings(TAG, undefined)).messages).to.deep.equal([]);
    const { result, messages } = warned(() => checkStrings(TAG, '{"__proto__": {"print": "x"}}'));
    expect(result).to.deep.equal({});
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(messages).to.deep.equal(['<bantin-test> strings: unknown key "__proto__" ignored.']);
  });
});

describe('internal: text and boolean properties', () => {
  /** Sets one property on a fresh host and checks it as an element's `willUpdate` does. */
  function check(name: string, value: unknown, fallback: string | boolean | undefined) {
    const host: Record<string, unknown> = { [name]: value };
    const { messages } = warned(() =>
      checkProperties(host, TAG, new Map([[name, undefined]]), { [name]: fallback }),
    );
    return { result: host[name], messages };
  }

  it('keeps text, treats null as removed, writes numbers out and ignores objects, with warnings', () => {
    expect(check('caption', 'Ảnh', '')).to.deep.equal({ result: 'Ảnh', messages: [] });
    expect(check('caption', null, '')).to.deep.equal({ result: '', messages: [] });
    expect(check('src', null, undefined)).to.deep.equal({ result: undefined, messages: [] });
    expect(check('caption', 5, '')).to.deep.equal({
      result: '5',
      messages: ['<bantin-test> caption: 5 is not text; using "5".'],
    });
    for (const value of [{}, [], Object.create(null), Symbol('x')]) {
      const { result, messages } = check('caption', value, '');
      expect(result).to.equal('');
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/^<bantin-test> caption: .* is not text; using ""\.$/);
    }
  });

  it('names the attribute of a camel-case property', () => {
    expect(check('storageKey', {}, 'bantin:font-scale').messages).to.deep.equal([
      '<bantin-test> storage-key: {} is not text; using "bantin:font-scale".',
    ]);
  });

  it('reads "false" as false, with a warning', () => {
    expect(check('compact', 'false', false)).to.deep.equal({
      result: false,
      messages: ['<bantin-test> compact: false is not true or false; using false.'],
    });
    expect(check('compact', 1, false).result).to.be.true;
    expect(check('compact', null, false)).to.deep.equal({ result: false, messages: [] });
  });

  it('reads levels from arrays, strings and junk', () => {
    expect(toLevels([1, '2', null])).to.deep.equal([1, Number.NaN, Number.NaN]);
    expect(toLevels('1 1.5')).to.deep.equal([1, 1.5]);
    expect(toLevels(1.5)).to.deep.equal([1.5]);
    expect(toLevels({})).to.deep.equal([Number.NaN]);
    expect(toLevels(null)).to.be.undefined;
  });
});

describe('internal: the sane scale range', () => {
  it('reads levels above 10 as percentages, and says so', () => {
    const { result, messages } = warned(() =>
      buildLadder(TAG, [90, 100, 110, 125, 150], undefined, undefined),
    );
    expect(result.levels).to.deep.equal([0.9, 1, 1.1, 1.25, 1.5]);
    expect(messages).to.deep.equal([
      '<bantin-test> levels: 90 100 110 125 150 read as percentages: 0.9 1 1.1 1.25 1.5.',
    ]);
  });

  it('clamps levels and bounds to 0.5–4 (50%–400%), with a warning', () => {
    const tiny = warned(() => buildLadder(TAG, [0.001, 0.002], undefined, undefined));
    expect(tiny.result.levels).to.deep.equal([0.5]);
    expect(tiny.messages).to.deep.equal([
      '<bantin-test> levels: 0.001 0.002 outside 0.5–4 (50%–400%); clamped.',
    ]);
    const huge = warned(() => buildLadder(TAG, [1000], undefined, undefined));
    expect(huge.result.levels).to.deep.equal([4]);
    expect(huge.messages.join('\n')).to.contain('1000 read as percentages: 10.').and.to.contain('10 outside');
    const max = warned(() => buildLadder(TAG, undefined, undefined, 1e-300));
    expect(max.result.max).to.equal(0.5);
    expect(max.messages[0]).to.equal('<bantin-test> max: 1e-300 outside 0.5–4 (50%–400%); clamped.');
  });

  it('is quiet for levels inside the range', () => {
    expect(warned(() => buildLadder(TAG, [0.5, 1, 4], 0.5, 4)).messages).to.deep.equal([]);
  });
});

describe('internal: image URLs', () => {
  it('allows relative, http(s):, data:image/ and blob: URLs', () => {
    for (const url of [
      'a.png',
      '/images/a.png',
      '//cdn.example/a.png',
      '?v=1',
      'images/a:b.png',
      'https://example.vn/a.png',
      'HTTP://example.vn/a.png',
      'data:image/png;base64,AAAA',
      'blob:https://example.vn/1234',
      '',
    ]) {
      expect(isImageUrl(url), url).to.be.true;
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.vn/a.png',
    ]) {
      expect(isImageUrl(url), JSON.stringify(url)).to.be.false;
    }
  });

  it('splits srcset as the HTML standard does, keeping the comma inside a data: URL', () => {
    const candidates = parseSrcset('a.png 1x,b.png 2x, data:image/png;base64,AA== 3x ,c.png');
    expect(candidates).to.deep.equal([
      { url: 'a.png', descriptor: '1x' },
      { url: 'b.png', descriptor: '2x' },
      { url: 'data:image/png;base64,AA==', descriptor: '3x' },
      { url: 'c.png', descriptor: '' },
    ]);
    expect(formatSrcset(candidates)).to.equal('a.png 1x, b.png 2x, data:image/png;base64,AA== 3x, c.png');
    expect(parseSrcset('a.png, javascript:alert(1) 2x').map(({ url }) => url)).to.deep.equal([
      'a.png',
      'javascript:alert(1)',
    ]);
  });
});

describe('internal: lang values', () => {
  it('warns about values that are not language tags, once per element', () => {
    for (const lang of ['-1', '__proto__', '1234', 'vi vi']) {
      const element = document.createElement('span');
      element.lang = lang;
      const { result, messages } = warned(() => [resolveLocale(element), resolveLocale(element)]);
      expect(result).to.deep.equal(['vi', 'vi']);
      expect(messages, lang).to.deep.equal([
        `<span> lang: "${lang}" is not a language tag; using Vietnamese.`,
      ]);
    }
  });
});
