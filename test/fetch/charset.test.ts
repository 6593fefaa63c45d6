import { describe, expect, it } from 'vitest';
import { charsetCandidates, decodeBody } from '../../src/fetch/index.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const TITLE = 'Notícias — Última hora';

describe('decodeBody', () => {
  it('uses the Content-Type charset first', () => {
    const body = latin1('<title>Notícias</title>');
    expect(decodeBody(body, 'text/xml; charset=ISO-8859-1')).toBe('<title>Notícias</title>');
  });

  it('uses the byte-order mark when the header has no charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<title>${TITLE}</title>`, 'utf16le')]);
    expect(decodeBody(utf16, 'text/xml')).toBe(`<title>${TITLE}</title>`);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TITLE)]);
    expect(decodeBody(utf8, '')).toBe(TITLE);
  });

  it('uses the XML prolog, then an HTML meta tag', () => {
    expect(decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Últimas</t>'), 'application/xml')).toContain('Últimas');
    expect(decodeBody(latin1('<html><head><meta charset="windows-1252"></head><p>café €</p>'), 'text/html')).toContain('café');
    const koi8 = Buffer.from([0x3c, 0x70, 0x3e, 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    const page = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), koi8]);
    expect(decodeBody(page, 'text/html')).toContain('Привет');
  });

  it('falls through a header charset that lies or is unknown', () => {
    const body = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Notícias</t>');
    expect(decodeBody(body, 'text/xml; charset=utf-8')).toContain('Notícias');
    expect(decodeBody(body, 'text/xml; charset=no-such-charset')).toContain('Notícias');
  });

  it('guesses windows-1252 for undeclared bytes that are not UTF-8, and UTF-8 otherwise', () => {
    expect(decodeBody(latin1('<t>Notícias</t>'), '')).toBe('<t>Notícias</t>');
    expect(decodeBody(Buffer.from(`<t>${TITLE}</t>`), '')).toBe(`<t>${TITLE}</t>`);
  });

  it('lists candidates most authoritative first', () => {
    const body = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t/>');
    expect(charsetCandidates(body, 'text/xml; charset="UTF-8"')).toEqual(['utf-8', 'windows-1252']);
  });
});
