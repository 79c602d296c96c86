// @vitest-environment happy-dom
import { constructLayoutEngine, constructRoutes } from 'single-spa-layout';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import layoutHtml from '../microfrontend-layout.html?raw';
import { setUpLocaleToggle, translateLayout } from './locale';
import { isMessageKey, LOCALE_CHANGED_EVENT, LOCALE_STORAGE_KEY, t } from './messages';

function rerenderLayout(): void {
  // What single-spa-layout does before every mount: it puts each node of the layout back where it belongs.
  window.dispatchEvent(new CustomEvent('single-spa:before-mount-routing-event'));
}

function navTexts(): Array<string | null> {
  return [...document.querySelectorAll('.hall-nav__link')].map((link) => link.textContent);
}

describe("the shell's language", () => {
  beforeAll(() => {
    const routes = constructRoutes(layoutHtml, { loaders: { appLoading: '<p>…</p>' }, errors: { appError: '<p>!</p>' }, props: {} });
    constructLayoutEngine({ routes, applications: [], active: false }).activate();
  });

  afterEach(() => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    translateLayout(document.body);
  });

  it('translates with vue-i18n, typed keys kept after the catalogue is handed over', () => {
    expect(isMessageKey('nav.guide')).toBe(true);
    expect(isMessageKey('nav.nothing')).toBe(false);
    expect(t('signIn.current', { label: '王芳' })).toBe('已登录：王芳');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(t('signIn.current', { label: 'Wang Fang' })).toBe('Signed in as Wang Fang');
  });

  it('shows one language in the header after a switch and after the layout is rendered again', () => {
    translateLayout(document.body);
    expect(navTexts()[0]).toBe('办事指南');

    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    translateLayout(document.body);
    rerenderLayout();
    expect(navTexts()[0]).toBe('Service guide');
    expect(navTexts()).toContain('Dashboard');
    expect(document.querySelector('.hall-brand__name')?.textContent).toBe('Four Zeros Service Hall Platform');
    expect(document.documentElement.lang).toBe('en');

    localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    translateLayout(document.body);
    rerenderLayout();
    expect(navTexts()[0]).toBe('办事指南');
  });

  it('labels the toggle with the other language only, switch after switch', () => {
    const button = document.getElementById('hall-locale-toggle');
    if (!(button instanceof HTMLButtonElement)) throw new Error('the layout lacks the toggle');
    let changes = 0;
    setUpLocaleToggle(button, () => {
      changes += 1;
      translateLayout(document.body);
    });
    expect(button.textContent).toBe('English');

    button.click();
    rerenderLayout();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(button.textContent).toBe('中文');
    expect(button.lang).toBe('zh-CN');
    expect(navTexts()[0]).toBe('Service guide');

    button.click();
    rerenderLayout();
    expect(button.textContent).toBe('English');
    expect(navTexts()[0]).toBe('办事指南');

    // An app's own switch (the styleguide's setLocale) is followed too.
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGED_EVENT));
    expect(button.textContent).toBe('中文');
    expect(changes).toBe(3);
  });
});
