import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import type { MatterDraft } from './api';

/** The form the editor's sections fill in together, and the message to show at each field path. */
export interface EditorContext {
  form: MatterDraft;
  errors: ComputedRef<Record<string, string>>;
}

const KEY: InjectionKey<EditorContext> = Symbol('matter-editor');

export function provideEditor(context: EditorContext): void {
  provide(KEY, context);
}

export function useEditor(): EditorContext {
  const context = inject(KEY);
  if (!context) throw new Error('an editor section is used outside MatterEditor');
  return context;
}
