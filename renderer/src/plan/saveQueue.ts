// Autosave without React: the newest document is saved shortly after the last change, one save
// is on its way at a time, and a document that could not be saved is kept (in memory and as a
// local copy) and tried again. The hook useAutosave wires it to the page.

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

export interface SaveQueueOptions<D> {
  /** Sends one document; rejects when it was not saved. */
  save: (doc: D) => Promise<void>;
  serialize: (doc: D) => string;
  onStatus: (status: SaveStatus) => void;
  /** Keeps a local copy of a document about to be sent or left unsaved. */
  keepCopy: (json: string) => void;
  /** The saved document is the newest: the local copy is no longer needed. */
  dropCopy: () => void;
  /** A sentence for the user about why a save failed. */
  describeError: (e: unknown) => string;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Waits before trying again after the 1st, 2nd, … failure (the last one repeats). */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_DELAY_MS = 1000;
const DEFAULT_RETRY_DELAYS_MS = [3000, 10_000, 30_000];

export class SaveQueue<D> {
  private latest: D | null = null;
  /** Counts changes; a save completes the changes up to the count it was started with. */
  private version = 0;
  private savedJson: string | null;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private status: SaveStatus = { kind: 'saved' };
  private disposed = false;
  /** Bumped by reset(): a save started before it no longer speaks for the document. */
  private epoch = 0;

  constructor(
    private readonly options: SaveQueueOptions<D>,
    /** The document as saved when the page opened (null: never saved). */
    savedJson: string | null,
  ) {
    this.savedJson = savedJson;
  }

  get current(): SaveStatus {
    return this.status;
  }

  hasUnsaved(): boolean {
    return this.latest !== null;
  }

  /** The editor changed: remember the newest document and save it after a quiet moment. */
  update(doc: D): void {
    this.latest = doc;
    this.version++;
    if (this.status.kind === 'saved') this.setStatus({ kind: 'dirty' });
    this.schedule(this.options.delayMs ?? DEFAULT_DELAY_MS);
  }

  /**
   * Saves now whatever is unsaved, waiting for a save already on its way first.
   * Resolves true when everything changed so far is saved, false when a save failed.
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      if (this.latest === null) return this.status.kind !== 'error';
      const version = this.version;
      let json: string;
      try {
        json = this.options.serialize(this.latest);
      } catch (e) {
        return this.fail(e);
      }
      if (json === this.savedJson) this.settle(json, version);
      else this.inFlight = this.send(this.latest, json, version);
    }
  }

  /** Writes the unsaved document to the local copy right away (the page is going away). */
  stash(): void {
    if (this.latest === null) return;
    try {
      this.options.keepCopy(this.options.serialize(this.latest));
    } catch {
      // Nothing more can be done while the page unloads; the in-memory copy is all there is.
    }
  }

  /** The document was replaced from outside (a version restored): start over from it. */
  reset(savedJson: string | null): void {
    this.clearTimer();
    this.epoch++;
    this.latest = null;
    this.version++;
    this.savedJson = savedJson;
    this.failures = 0;
    this.options.dropCopy();
    this.setStatus({ kind: 'saved' });
  }

  /** Timers may run (again): the page is showing the queue's plan. */
  activate(): void {
    this.disposed = false;
  }

  /** No more timers; a flush already running finishes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private send(doc: D, json: string, version: number): Promise<boolean> {
    try {
      this.options.keepCopy(json);
    } catch {
      // A full or unavailable storage must not stop the save itself.
    }
    const epoch = this.epoch;
    this.setStatus({ kind: 'saving' });
    return this.options.save(doc).then(
      () => {
        this.inFlight = null;
        if (epoch !== this.epoch) return true;
        this.failures = 0;
        this.settle(json, version);
        return true;
      },
      (e: unknown) => {
        this.inFlight = null;
        return epoch === this.epoch ? this.fail(e) : false;
      },
    );
  }

  /** The document of `version` is saved; newer changes, if any, stay unsaved. */
  private settle(json: string, version: number): void {
    this.savedJson = json;
    if (this.version === version) {
      this.latest = null;
      this.options.dropCopy();
      this.setStatus({ kind: 'saved' });
    } else {
      this.setStatus({ kind: 'dirty' });
    }
  }

  private fail(e: unknown): false {
    this.failures++;
    this.setStatus({ kind: 'error', message: this.options.describeError(e) });
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const wait = delays[Math.min(this.failures, delays.length) - 1];
    if (wait !== undefined) this.schedule(wait);
    return false;
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
