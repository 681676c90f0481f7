// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from 'vitest';

import {locateBlocks, type BlockToLocate} from '../../src/toolkit/pdf/locateBlocks';

/**
 * A chapter as the print document holds it: the markup Docusaurus gives each
 * kind of block (an admonition, a heading's hash link, a footnote mark, KaTeX
 * with its TeX annotation, a code block's wrapper, a build-time Mermaid diagram), and the
 * chapter's sources, which are not Markdown blocks.
 */
const CHAPTER = `
<section class="pdf-chapter" id="bab-2"><div class="theme-doc-markdown markdown">
  <header><h1>Peta program</h1></header>
  <div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg></svg></span>Draf: belum ditetapkan</div><div class="admonitionContent_BuS1"><p>Isi catatan.</p></div></div>
  <h2 id="bab-2--tujuan">Tujuan <a class="hash-link" href="#tujuan">#</a></h2>
  <p>Indeks kematangan <span class="katex"><span class="katex-mathml"><math><semantics><mi>I</mi><annotation encoding="application/x-tex">I</annotation></semantics></math></span><span class="katex-html">I</span></span> dihitung
     per <a href="/x/">indikator</a>.<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></p>
  <p>Ya.</p>
  <p>Ya.</p>
  <ul>
    <li>Butir pertama
      <ul><li>Butir dalam</li></ul>
    </li>
    <li><p>Butir longgar</p><p>Paragraf kedua butir</p></li>
  </ul>
  <table><thead><tr><th>Bab</th><th>Program</th></tr></thead><tbody><tr><td>5</td><td><a href="#">Jaringan intrapemerintah</a></td></tr></tbody></table>
  <div class="theme-code-block"><div class="codeBlockTitle">contoh.sh</div><pre><code><span class="token-line">npx masterplan pdf</span><br><span class="token-line">  --chapters 1,3</span></code></pre></div>
  <span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mi>I</mi><annotation encoding="application/x-tex">I = \\sum_i w_i L_i</annotation></semantics></math></span><span class="katex-html">I=∑</span></span></span>
  <div class="mermaid-diagram"><div class="mermaid-diagram__light"><svg><text>A</text></svg></div><div class="mermaid-diagram__dark"><svg><text>A</text></svg></div></div>
  <p><img src="/img/peta.svg" alt="Peta enam program"></p>
  <div data-page-sources=""><ul><li>Sumber resmi</li></ul></div>
</div></section>`;

const blocks: BlockToLocate[] = [
  {kind: 'admonition', text: 'Draf: belum ditetapkan'},
  {kind: 'paragraph', text: 'Isi catatan.'},
  {kind: 'heading', text: 'Tujuan {#tujuan}'},
  {kind: 'paragraph', text: 'Indeks kematangan I dihitung per indikator.'},
  {kind: 'paragraph', text: 'Ya.'},
  {kind: 'paragraph', text: 'Ya.'},
  {kind: 'listItem', text: 'Butir pertama'},
  {kind: 'listItem', text: 'Butir dalam'},
  {kind: 'listItem', text: 'Butir longgar'},
  {kind: 'listItem', text: 'Paragraf kedua butir'},
  {kind: 'tableCell', text: 'Bab'},
  {kind: 'tableCell', text: 'Program'},
  {kind: 'tableCell', text: '5'},
  {kind: 'tableCell', text: 'Jaringan intrapemerintah'},
  {kind: 'code', text: 'npx masterplan pdf\n  --chapters 1,3'},
  {kind: 'math', text: 'I = \\sum_i w_i L_i'},
  {kind: 'mermaid', text: 'flowchart LR\n  a --> b'},
  {kind: 'paragraph', text: 'Peta enam program'},
  {kind: 'html', text: '<div class="kotak">'},
  {kind: 'paragraph', text: 'Kalimat yang tidak tercetak.'},
  {kind: 'listItem', text: 'Sumber resmi'},
];
const index = (kind: string, text: string) => blocks.findIndex((block) => block.kind === kind && block.text === text);

describe('locateBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = CHAPTER;
  });

  const locate = (wanted: number[], chapterBlocks = blocks) => {
    const [result] = locateBlocks([{anchor: 'bab-2', blocks: chapterBlocks, wanted}]);
    return result!;
  };
  const elementOf = (id: string) => document.getElementById(id)!;

  it('finds each kind of block by the text a reader sees, whitespace, math, links and footnote marks aside', () => {
    const wanted = blocks.flatMap((block, at) => (['html', 'mermaid'].includes(block.kind) || at >= index('paragraph', 'Kalimat yang tidak tercetak.') ? [] : [at]));
    const {located, notFound} = locate(wanted);
    expect(notFound).toEqual([]);
    const found = Object.fromEntries(located.map(({block, start}) => [blocks[block]!.text, elementOf(start)]));
    expect(found['Tujuan {#tujuan}']!.id).toBe('bab-2--tujuan');
    expect(found['Indeks kematangan I dihitung per indikator.']!.tagName).toBe('P');
    expect(found['Butir pertama']!.tagName).toBe('LI');
    expect(found['Butir longgar']!.textContent).toBe('Butir longgar');
    expect(found['Jaringan intrapemerintah']!.tagName).toBe('TD');
    expect(found['Bab']!.tagName).toBe('TH');
    expect(found['npx masterplan pdf\n  --chapters 1,3']!.className).toBe('theme-code-block');
    expect(found['I = \\sum_i w_i L_i']!.className).toBe('katex-display');
    expect(found['Peta enam program']!.querySelector('img')).not.toBeNull();
    // An admonition's block is the admonition, found by its title; its text is a paragraph of its own.
    expect(found['Draf: belum ditetapkan']!.classList.contains('theme-admonition')).toBe(true);
    expect(found['Isi catatan.']!.tagName).toBe('P');
  });

  it('tells alike blocks apart by their order', () => {
    const second = blocks.findIndex((block, at) => block.text === 'Ya.' && at > index('paragraph', 'Ya.'));
    const {located} = locate([second]);
    const paragraphs = Array.from(document.querySelectorAll('p')).filter((p) => p.textContent === 'Ya.');
    expect(elementOf(located[0]!.start)).toBe(paragraphs[1]);
  });

  it('ends a list item before its nested list, and any other block at the end of its own content', () => {
    const {located} = locate([index('listItem', 'Butir pertama'), index('paragraph', 'Ya.')]);
    const item = located.find(({block}) => block === index('listItem', 'Butir pertama'))!;
    const end = elementOf(item.end);
    expect(end.parentElement).toBe(elementOf(item.start));
    expect(end.nextElementSibling?.tagName).toBe('UL');
    const paragraph = located.find(({block}) => block === index('paragraph', 'Ya.'))!;
    expect(elementOf(paragraph.start).lastElementChild).toBe(elementOf(paragraph.end));
  });

  it('links every start and end from a hidden list, so the printed PDF has a destination for each', () => {
    const {located} = locate([index('paragraph', 'Ya.'), index('tableCell', '5')]);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('nav.pdf-destinations[hidden] a')).map((link) => link.getAttribute('href'));
    expect(links).toEqual(located.flatMap(({start, end}) => [`#${start}`, `#${end}`]));
  });

  it('finds a diagram by its order among the diagrams, only when the page prints as many as the Markdown has', () => {
    const diagram = index('mermaid', 'flowchart LR\n  a --> b');
    expect(elementOf(locate([diagram]).located[0]!.start).className).toBe('mermaid-diagram');
    document.body.innerHTML = CHAPTER;
    const twoDiagrams = [...blocks, {kind: 'mermaid' as const, text: 'flowchart TB\n  c --> d'}];
    expect(locate([diagram], twoDiagrams)).toMatchObject({located: [], notFound: [diagram]});
  });

  it('reports rather than guesses: text not printed, HTML blocks, the sources under the chapter', () => {
    const wanted = [index('paragraph', 'Kalimat yang tidak tercetak.'), index('html', '<div class="kotak">'), index('listItem', 'Sumber resmi')];
    expect(locate(wanted)).toEqual({anchor: 'bab-2', located: [], notFound: [...wanted].sort((a, b) => a - b)});
    expect(document.querySelectorAll('.pdf-block-end')).toHaveLength(0);
  });

  it('reports every wanted block of a chapter that is not in the document', () => {
    expect(locateBlocks([{anchor: 'bab-9', blocks, wanted: [1, 2]}])).toEqual([{anchor: 'bab-9', located: [], notFound: [1, 2]}]);
  });
});
