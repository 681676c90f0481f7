import {describe, expect, it} from 'vitest';

import {escapeParagraph} from '../../src/toolkit/press/escapeMarkdown';
import {readPressPost} from '../../src/toolkit/press/readPost';

describe('escapeParagraph', () => {
  it.each([
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    'Nilai {braces} dan {{ variabel }} tetap teks',
    'Jalur ${HOME}/data dan $x + y$ bukan rumus',
    '# Bukan judul',
    '---',
    '***',
    '___',
    '* bukan daftar',
    '- bukan daftar',
    '+ bukan daftar',
    '1. bukan daftar bernomor',
    '2016) bukan daftar',
    '> bukan kutipan',
    '_miring_ dan **tebal** dan ~~coret~~',
    '[tautan](https://contoh.go.id) dan ![gambar](x.png)',
    'garis miring \\ terbalik di akhir \\',
    ':::note bukan admonisi',
    'Redaktur:Irvina bukan direktif',
    '&amp; &copy; &#60; tetap entitas tertulis',
    '`kode` dan ```pagar```',
    '| a | b |',
    '<!-- truncate -->',
    'Kunjungi www.menpan.go.id<b> atau https://menpan.go.id\\x',
    '=',
  ])('shows %j as the same characters', (text) => {
    const post = readPressPost(`${escapeParagraph(text)}\n`);
    expect(post.markup).toEqual([]);
    expect(post.record).toBeNull();
    const parsedText = readPressPost(`---\ntitle: t\npress_release: {}\n---\n${escapeParagraph(text)}\n`).record?.paragraphs;
    expect(parsedText).toEqual([text]);
  });

  it('leaves ordinary prose readable', () => {
    const prose = 'JAKARTA- Pemerintah RI (ROK) meresmikan pusat kerja sama, Rabu (02/03). "Ini penting," tegas Rini. (HUMASMENPAN)';
    expect(escapeParagraph(prose)).toBe(prose);
  });
});
