import { describe, expect, it } from 'vitest';
import { applyOverrides, importMapOverridesFromEnv, moduleUrlEnvName, parseImportMap } from './import-map';

const configured = parseImportMap(
  JSON.stringify({
    imports: {
      vue: '/vendor/vue/vue.esm-browser.prod.js',
      '@hall/styleguide': 'http://localhost:9001/styleguide.js',
      '@hall/service-guide': 'http://localhost:9002/service-guide.js',
    },
  }),
  'test config',
);

describe('import map configuration', () => {
  it('rejects anything but {"imports": {module: url}}', () => {
    expect(() => parseImportMap('{', 'bad.json')).toThrow(/bad.json is not valid JSON/);
    expect(() => parseImportMap('{"imports": {"vue": 3}}', 'bad.json')).toThrow(/must be \{"imports"/);
    expect(() => parseImportMap('{"imports": {"vue": ""}}', 'bad.json')).toThrow(/must be \{"imports"/);
  });

  it('names the per-module variable after the module', () => {
    expect(moduleUrlEnvName('@hall/service-guide')).toBe('HALL_APP_URL__HALL_SERVICE_GUIDE');
    expect(moduleUrlEnvName('element-plus')).toBe('HALL_APP_URL__ELEMENT_PLUS');
  });

  it('takes overrides from IMPORT_MAP_OVERRIDES, and the per-module variables over it', () => {
    const overrides = importMapOverridesFromEnv(
      {
        IMPORT_MAP_OVERRIDES: JSON.stringify({
          '@hall/styleguide': 'https://cdn.example/styleguide.js',
          '@hall/service-guide': 'https://cdn.example/service-guide.js',
          '@hall/new-app': 'https://cdn.example/new-app.js',
        }),
        HALL_APP_URL__HALL_SERVICE_GUIDE: 'https://apps.example/service-guide.js',
      },
      configured,
    );
    expect(applyOverrides(configured, overrides).imports).toEqual({
      vue: '/vendor/vue/vue.esm-browser.prod.js',
      '@hall/styleguide': 'https://cdn.example/styleguide.js',
      '@hall/service-guide': 'https://apps.example/service-guide.js',
      '@hall/new-app': 'https://cdn.example/new-app.js',
    });
  });

  it('refuses malformed overrides instead of serving a broken page', () => {
    expect(() => importMapOverridesFromEnv({ IMPORT_MAP_OVERRIDES: 'styleguide=x' }, configured)).toThrow(/IMPORT_MAP_OVERRIDES/);
    expect(() => importMapOverridesFromEnv({ IMPORT_MAP_OVERRIDES: '["x"]' }, configured)).toThrow(/IMPORT_MAP_OVERRIDES/);
  });

  it('keeps the configuration when nothing is overridden', () => {
    expect(applyOverrides(configured, importMapOverridesFromEnv({}, configured))).toEqual(configured);
  });
});
