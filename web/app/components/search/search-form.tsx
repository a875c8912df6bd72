import { Form } from '@remix-run/react';
import type { SearchOptionsQuery } from '~/generated/graphql';
import { ReferenceSelect } from '~/components/reference-select';
import { useT } from '~/i18n/react';
import { SuggestionList, useSuggestions } from './suggestions';

export interface SearchFormValues {
  text: string;
  domain: string;
  language: string;
  status: string;
  prefecture: string;
  includeRemote: boolean;
  includeOtherLanguages: boolean;
}

const SUGGESTIONS_ID = 'search-suggestions';

/** The search form: a plain GET form, so it works without JavaScript; suggestions fill a datalist when it runs. */
export function SearchForm({ options, values }: { options: SearchOptionsQuery; values: SearchFormValues }) {
  const t = useT();
  const suggestions = useSuggestions();
  const select = (
    name: keyof SearchFormValues,
    label: string,
    items: readonly { code: string; nameJa: string; nameEn: string }[],
  ) => (
    <ReferenceSelect
      id={`search-${name}`}
      name={name}
      label={label}
      anyLabel={t('search.any')}
      items={items}
      defaultValue={String(values[name])}
    />
  );
  return (
    <Form method="get" className="filter-bar search-form" role="search">
      <fieldset>
        <legend>{t('search.formLegend')}</legend>
        <input type="hidden" name="searched" value="1" />
        <div className="field">
          <label htmlFor="search-text">{t('search.text')}</label>
          <input
            id="search-text"
            name="text"
            type="search"
            maxLength={200}
            autoComplete="off"
            list={SUGGESTIONS_ID}
            defaultValue={values.text}
            onInput={(event) => suggestions.update(event.currentTarget.value)}
          />
          <SuggestionList id={SUGGESTIONS_ID} items={suggestions.items} />
        </div>
        <div className="search-form__filters">
          {select('domain', t('search.domain'), options.supportDomains)}
          {select('language', t('search.language'), options.languages)}
          {select('status', t('search.status'), options.statusesOfResidence)}
          {select('prefecture', t('search.prefecture'), options.prefectures)}
        </div>
        <div className="field search-form__remote">
          <label>
            <input name="includeRemote" type="checkbox" value="true" defaultChecked={values.includeRemote} />{' '}
            {t('search.includeRemote')}
          </label>
          <label>
            <input
              name="otherLanguages"
              type="checkbox"
              value="true"
              defaultChecked={values.includeOtherLanguages}
            />{' '}
            {t('search.includeOtherLanguages')}
          </label>
        </div>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </fieldset>
    </Form>
  );
}
