import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { renderPath, renderText, type TemplateValues } from './render';

/** Every file of a template folder, by its path relative to it (forward slashes), sorted. */
export function templateFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The template rendered: output path (relative to the new package) → content. */
export function renderTemplate(dir: string, values: TemplateValues): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const file of templateFiles(dir)) {
    rendered.set(renderPath(file, values), renderText(readFileSync(join(dir, file), 'utf8'), values, file));
  }
  return rendered;
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The version the template's `package.json` writes as "pinned". */
export const PINNED = 'pinned';

/**
 * A package.json whose "pinned" versions are replaced by those of a model package (services/duty/package.json, read at
 * generation time so that the new package moves with the platform's pins); a workspace package it does not name is "*".
 */
export function pinDependencies(text: string, model: Manifest, modelName: string): string {
  const manifest = JSON.parse(text) as Manifest & Record<string, unknown>;
  const known = { ...model.devDependencies, ...model.dependencies };
  for (const group of ['dependencies', 'devDependencies'] as const) {
    const dependencies = manifest[group];
    if (!dependencies) continue;
    for (const [name, version] of Object.entries(dependencies)) {
      if (version !== PINNED) continue;
      const pinned = known[name] ?? (name.startsWith('@hall/') ? '*' : undefined);
      if (!pinned) throw new Error(`${modelName} pins no version of ${name}, which the template depends on`);
      dependencies[name] = pinned;
    }
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
