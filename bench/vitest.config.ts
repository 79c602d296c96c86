import { defineConfig } from 'vitest/config';
import { reporting, withPostgres } from '../vitest.shared';

export default defineConfig({ test: { ...reporting, ...withPostgres } });
