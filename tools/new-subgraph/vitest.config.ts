import { defineConfig } from 'vitest/config';
import { development, reporting, withPostgres } from '../../vitest.shared';

export default defineConfig({ test: { ...reporting, ...development, ...withPostgres } });
