import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { reporting } from '../../vitest.shared';

export default defineConfig({
  plugins: [vue()],
  test: {
    ...reporting,
    environment: 'happy-dom',
    // Stylesheet links count as loaded without fetching anything.
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
  },
});
