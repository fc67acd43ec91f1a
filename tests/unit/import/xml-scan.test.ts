// The scanner that reads word/document.xml: the text as Word shows it, and broken XML refused.
import { describe, expect, it } from 'vitest';
import { scanXml, XmlError } from '../../../electron/services/import/xml-scan';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    opentag: (t) => out.push(`<${t.name}${t.attr('w:val') !== undefined ? ` val=${t.attr('w:val')}` : ''}${t.isSelfClosing ? '/' : ''}>`),
    closetag: (t) => out.push(`</${t.name}>`),
    text: (s) => out.push(s),
  });
  return out;
}

describe('reading word/document.xml', () => {
  it('decodes entities and character references, keeps CDATA text, skips comments and the declaration', () => {
    expect(events(`<?xml version="1.0" encoding="UTF-8"?><!-- 注释 --><w:t>A &amp; B &lt;C&gt; &quot;&apos; &#x4E00;&#20108;<![CDATA[<三>]]></w:t>`)).toEqual([
      '<w:t>',
      'A & B <C> "\' 一二',
      '<三>',
      '</w:t>',
    ]);
  });

  it('reads attribute values in either quote, with > and entities inside, and reports self-closing tags twice like saxes', () => {
    expect(events(`<w:p><w:pStyle w:val='a>b'/><w:numId  w:val = "3&amp;4" /></w:p>`)).toEqual([
      '<w:p>',
      '<w:pStyle val=a>b/>',
      '</w:pStyle>',
      '<w:numId val=3&4/>',
      '</w:numId>',
      '</w:p>',
    ]);
  });

  it('refuses XML that is broken: unclosed, mismatched, text outside the root, two roots, bad entities, a DOCTYPE', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a>x</a>y', '<a/><b/>', '<a>&nbsp;</a>', '<a>&#x110000;</a>', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', '<a b=c/>', '<a><!-- open</a>', '', 'plain text']) {
      expect(() => events(bad), bad).toThrow(XmlError);
    }
  });
});
