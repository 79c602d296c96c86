import { currentLocale, isMessageKey, LOCALE_CHANGED_EVENT, LOCALE_STORAGE_KEY, t, type Locale } from './messages';

/**
 * Changes an element's text in place. single-spa-layout keeps the text nodes it rendered from the layout and puts each
 * back on every route change: a node replaced through `textContent` would come back beside its translation, doubled.
 */
function setText(element: HTMLElement, text: string): void {
  const only = element.childNodes.length === 1 ? element.firstChild : null;
  if (only?.nodeType === Node.TEXT_NODE) only.nodeValue = text;
  else element.textContent = text;
}

/** Fills every `data-i18n` text and `data-i18n-aria-label` in the layout with the current language. */
export function translateLayout(root: ParentNode): void {
  document.documentElement.lang = currentLocale();
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (isMessageKey(element.dataset.i18n)) setText(element, t(element.dataset.i18n));
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    if (isMessageKey(element.dataset.i18nAriaLabel)) element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  }
}

function switchLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  window.dispatchEvent(new CustomEvent(LOCALE_CHANGED_EVENT));
}

/** The header's 中文/English button; the apps follow through the styleguide. */
export function setUpLocaleToggle(button: HTMLButtonElement, onChange: () => void): void {
  const render = () => {
    const next = currentLocale() === 'en' ? 'zh-CN' : 'en';
    setText(button, t('locale.switch'));
    button.lang = next;
  };
  button.addEventListener('click', () => switchLocale(currentLocale() === 'en' ? 'zh-CN' : 'en'));
  window.addEventListener(LOCALE_CHANGED_EVENT, () => {
    render();
    onChange();
  });
  render();
}
