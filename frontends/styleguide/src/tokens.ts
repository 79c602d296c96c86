/** The hall's design tokens; each is also a CSS custom property `--hall-<kebab-name>` in styles/tokens.css. */
export const tokens = {
  colorPrimary: '#1f4e99',
  colorPrimaryDark: '#193e7a',
  colorPrimaryLight: '#e9edf5',
  colorAccent: '#c8161d',
  colorAccentLight: '#fae8e8',
  colorSuccess: '#2e7d32',
  colorWarning: '#b76e00',
  colorText: '#1f2329',
  colorTextSecondary: '#5c6370',
  colorBorder: '#dcdfe6',
  colorBackground: '#f4f6fa',
  colorSurface: '#ffffff',
  fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  fontSizeSmall: '13px',
  fontSizeBase: '14px',
  fontSizeLarge: '16px',
  fontSizeTitle: '22px',
  lineHeight: '1.6',
  space1: '4px',
  space2: '8px',
  space3: '12px',
  space4: '16px',
  space5: '24px',
  space6: '32px',
  radius: '6px',
  pageMaxWidth: '1280px',
} as const;

export type TokenName = keyof typeof tokens;

/** `colorPrimary` → `--hall-color-primary`. */
export function tokenProperty(name: TokenName): string {
  return `--hall-${name.replace(/[A-Z]|\d+/g, (part) => `-${part.toLowerCase()}`)}`;
}

/** `var(--hall-…)` for inline styles, so a component follows a theme override. */
export function tokenVar(name: TokenName): string {
  return `var(${tokenProperty(name)})`;
}
