import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { formatDate, parseDate } from '../src/internal/date.js';
import { defineElement } from '../src/internal/define.js';
import { levelsConverter } from '../src/internal/converters.js';
import { resolveLocale } from '../src/internal/locale-controller.js';
import { DEFAULT_LEVELS, buildLadder, resetLevel, step } from '../src/internal/scale-ladder.js';
import { captureWarnings } from './helpers.js';

describe('internal: dates', () => {
  it("reads ISO and the portals' dd/mm/yyyy to the same day", () => {
    expect(parseDate('2023-05-23')?.iso).to.equal('2023-05-23');
    expect(parseDate('23/05/2023')?.iso).to.equal('2023-05-23');
    expect(parseDate(' 3/5/2023 ')?.iso).to.equal('2023-05-03');
    expect(parseDate('23.05.2023')?.iso).to.equal('2023-05-23');
    expect(parseDate('2023-05-23T08:30:00+07:00')?.iso).to.equal('2023-05-23');
    expect(parseDate('29/02/2024')?.iso).to.equal('2024-02-29');
  });

  it('rejects days that do not exist and text that is not a date', () => {
    for (const text of [
      '31/02/2023',
      '29/02/2023',
      '2023-13-01',
      '00/05/2023',
      'hôm nay',
      '',
      null,
      undefined,
      '05/23',
    ]) {
      expect(parseDate(text), String(text)).to.be.undefined;
    }
  });

  it('formats with Intl: 23/05/2023 in Vietnamese, 23 May 2023 in English, whatever the time zone', () => {
    const { date } = parseDate('2023-05-23')!;
    expect(formatDate(date, 'vi-VN')).to.equal('23/05/2023');
    expect(formatDate(date, 'en-GB')).to.equal('23 May 2023');
  });
});

describe('internal: scale ladder', () => {
  const quiet = () => {
    const warnings = captureWarnings();
    return warnings;
  };

  it('defaults to the browser-zoom ladder 90 % to 200 %', () => {
    expect(buildLadder('t', undefined, undefined, undefined)).to.deep.equal({
      levels: DEFAULT_LEVELS,
      min: 0.9,
      max: 2,
    });
  });

  it('parses levels with spaces or commas, sorted and unique', () => {
    const levels = levelsConverter.fromAttribute('1.5, 1  2 1');
    expect(buildLadder('t', levels, undefined, undefined).levels).to.deep.equal([1, 1.5, 2]);
  });

  it('clips levels by min and max', () => {
    expect(buildLadder('t', undefined, 1, 1.5).levels).to.deep.equal([1, 1.1, 1.25, 1.5]);
  });

  it('steps to the neighbouring level and stays at a bound', () => {
    const ladder = buildLadder('t', undefined, undefined, undefined);
    expect(step(1, ladder, 1)).to.equal(1.1);
    expect(step(1.3, ladder, -1)).to.equal(1.25);
    expect(step(2, ladder, 1)).to.equal(2);
    expect(step(0.9, ladder, -1)).to.equal(0.9);
  });

  it('resets to 100 % or the level nearest to it', () => {
    expect(resetLevel(buildLadder('t', undefined, undefined, undefined))).to.equal(1);
    const warnings = quiet();
    expect(resetLevel(buildLadder('t', [1.25, 1.5, 2], undefined, undefined))).to.equal(1.25);
    warnings.restore();
  });

  it('reports bad levels and bounds, naming the element and attribute', () => {
    const warnings = quiet();
    try {
      expect(buildLadder('bantin-font-scaler', [Number.NaN, -1], undefined, undefined).levels).to.deep.equal(
        DEFAULT_LEVELS,
      );
      expect(buildLadder('bantin-font-scaler', undefined, 2, 1).levels).to.deep.equal(DEFAULT_LEVELS);
      expect(warnings.messages).to.deep.equal([
        '<bantin-font-scaler> levels: ignoring entries that are not positive numbers (NaN -1).',
        '<bantin-font-scaler> min: 2 is above max 1; ignoring both.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});

describe('internal: language', () => {
  it('follows the nearest lang, through shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-US';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    try {
      expect(resolveLocale(inner)).to.equal('en');
      outer.lang = 'vi-VN';
      expect(resolveLocale(inner)).to.equal('vi');
    } finally {
      outer.remove();
    }
  });
});

describe('internal: defining tags', () => {
  it('does not throw when the library is loaded twice', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings = captureWarnings();
    try {
      defineElement('bantin-test-twice', First);
      expect(() => defineElement('bantin-test-twice', First)).not.to.throw();
      expect(() => defineElement('bantin-test-twice', Second)).not.to.throw();
      expect(customElements.get('bantin-test-twice')).to.equal(First);
      expect(warnings.messages).to.deep.equal([
        '<bantin-test-twice> is already defined by another copy of bantin; keeping the first one.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
