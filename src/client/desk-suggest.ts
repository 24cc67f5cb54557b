/**
 * The desk's "text with suggestions" field (SUGGEST_WIDGET): a plain text input with the values already in use in a
 * <datalist>, so an editor picks "World" rather than typing "world", and can still type a new section or tag. Written
 * with the React helpers Sveltia puts on `window` (h, createClass) for custom field types.
 */
import CMS from '@sveltia/cms';
import { SUGGEST_WIDGET } from '../lib/desk/cms-fields.ts';

type Props = {
  forID: string;
  value?: string;
  classNameWrapper?: string;
  onChange: (value: string) => void;
  field: { get: (key: string) => any };
};

export function registerSuggest(): void {
  const { h, createClass } = window as unknown as {
    h: (...args: any[]) => unknown;
    createClass: (spec: object) => unknown;
  };
  const Control = createClass({
    render(this: { props: Props }) {
      const { forID, value, classNameWrapper, onChange, field } = this.props;
      const listed = field.get('suggestions');
      const suggestions: string[] = listed?.toJS ? listed.toJS() : (listed ?? []);
      const listId = `${forID}-suggestions`;
      return h(
        'div',
        { className: 'gazette-suggest' },
        h('input', {
          id: forID,
          className: classNameWrapper,
          type: 'text',
          value: value ?? '',
          list: listId,
          autoComplete: 'off',
          onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
        }),
        h('datalist', { id: listId }, ...suggestions.map((s) => h('option', { key: s, value: s }))),
      );
    },
    // Sveltia checks `required` itself; a value of spaces only is blank too, as the schema's trim() sees it.
    isValid(this: { props: Props }) {
      const required = this.props.field.get('required') !== false;
      return !required || (this.props.value ?? '').trim() !== ''
        ? true
        : { error: { message: 'This must not be blank.' } };
    },
  });
  CMS.registerFieldType(SUGGEST_WIDGET, Control as any);
}
