import { onScopeDispose, ref, type Ref } from 'vue';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface Autosave {
  state: Readonly<Ref<SaveState>>;
  savedAt: Readonly<Ref<Date | null>>;
  /** Call on every change; saves `delayMs` after the last one. */
  schedule: () => void;
  /** Saves now what is pending (before submitting, or when leaving the page). */
  flush: () => Promise<boolean>;
}

/**
 * Debounced saving: one request at a time; a change made while a save is running is saved right after it, so the
 * server always ends with the latest state.
 */
export function useAutosave(save: () => Promise<void>, delayMs = 1200): Autosave {
  const state = ref<SaveState>('idle');
  const savedAt = ref<Date | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let dirty = false;

  async function run(): Promise<boolean> {
    if (running) {
      await running;
      if (!dirty) return state.value === 'saved';
    }
    dirty = false;
    state.value = 'saving';
    running = save().then(
      () => {
        savedAt.value = new Date();
        state.value = dirty ? 'pending' : 'saved';
        return true;
      },
      () => {
        state.value = 'failed';
        return false;
      },
    );
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  function schedule(): void {
    dirty = true;
    state.value = 'pending';
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, delayMs);
  }

  async function flush(): Promise<boolean> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (dirty || state.value === 'failed') return run();
    if (running) return running;
    return true;
  }

  onScopeDispose(() => void flush());

  return { state, savedAt, schedule, flush };
}
