/** html-validate as the guards run it: the recommended rules, one justified change. */
import { type ConfigData, HtmlValidate } from 'html-validate';

export const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The <title> is the headline as printed, and news headlines run past 70
    // characters; cutting them short would misquote the story. Search engines
    // truncate what they show, which does not harm the reader.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(config);

/** Every error in one page, as "page:line:column rule: message". */
export async function htmlErrors(html: string, page: string): Promise<string[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
