/**
 * Edition names are the years an edition covers: `2016` or `2016-2019`. They
 * become a URL segment (`/rencana-induk/2016-2019/`) and a Docusaurus version.
 * Returns why a name is not acceptable, or undefined when it is.
 */
export function editionNameProblem(name: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(name);
  if (!match) return `"${name}" is not an edition name; use the years it covers, e.g. 2016-2019 or 2020`;
  const [, start, end] = match;
  if (end !== undefined && Number(end) < Number(start)) return `"${name}" ends before it starts; write the earlier year first, e.g. ${end}-${start}`;
  return undefined;
}
