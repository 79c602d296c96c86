import { defineConfig } from 'vite';
import { microFrontendConfig } from '../micro-frontend.vite';

export default defineConfig(microFrontendConfig('case-desk'));
