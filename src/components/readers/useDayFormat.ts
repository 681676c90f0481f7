import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** Formats a `YYYY-MM-DD` day in the page's language ("2 Maret 2016", "2 March 2016"). */
export function useDayFormat(): (day: string) => string {
  const {i18n} = useDocusaurusContext();
  const format = new Intl.DateTimeFormat(i18n.localeConfigs[i18n.currentLocale]?.htmlLang, {dateStyle: 'long', timeZone: 'UTC'});
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}
