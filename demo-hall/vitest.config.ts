import { defineConfig } from 'vitest/config';
import { development, reporting } from '../vitest.shared';

export default defineConfig({ test: { ...reporting, ...development } });
