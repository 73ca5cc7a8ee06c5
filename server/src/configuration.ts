/**
 * The server's settings, section `unres`, read per resource with `workspace/configuration` and
 * cached until the client says they changed; turned once into a typed, readonly object that the
 * glue passes into the service. Clients that cannot answer `workspace/configuration` (or do not
 * know the section) get the defaults, or what they sent with `didChangeConfiguration`. And the
 * rule configuration of a document: its folder's `.unresrc.json`, then the `unres.rules` setting.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { CONFIG_FILE_NAME, DEFAULT_INLAY_HINT_OPTIONS, type InlayHintOptions, type RuleConfig, type RuleSetting } from './languageService';

/** What the `unres` settings section holds. */
export interface UnresSettings {
  /** Rule code → severity or `off`; overrides `.unresrc.json`. */
  readonly rules: RuleConfig;
  /** Catalog files (absolute, or relative to the first workspace folder). */
  readonly catalogs: readonly string[];
  readonly inlayHints: InlayHintOptions;
  /** `unres.format.typographicQuotes`: formatting makes straight quotes typographic. */
  readonly format: { readonly typographicQuotes: boolean };
  /** `unres.onlineLookup`: ask the UN Digital Library for citations no catalog holds (off by default). */
  readonly onlineLookup: boolean;
}

export const DEFAULT_SETTINGS: UnresSettings = Object.freeze({
  rules: Object.freeze({}),
  catalogs: Object.freeze([]) as readonly string[],
  inlayHints: DEFAULT_INLAY_HINT_OPTIONS,
  format: Object.freeze({ typographicQuotes: true }),
  onlineLookup: false,
});

const SETTINGS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads whatever the client sent as the `unres` section; wrong shapes fall back to defaults, field by field. */
export function toSettings(raw: unknown): UnresSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SETTINGS.has(value)) rules[code] = value as RuleSetting;
    }
  }
  const catalogs = Array.isArray(r.catalogs) ? r.catalogs.filter((c): c is string => typeof c === 'string' && c.trim() !== '') : [];
  const hints = (r.inlayHints && typeof r.inlayHints === 'object' ? r.inlayHints : {}) as Record<string, unknown>;
  const format = (r.format && typeof r.format === 'object' ? r.format : {}) as Record<string, unknown>;
  return Object.freeze({
    rules: Object.freeze(rules),
    catalogs: Object.freeze(catalogs),
    inlayHints: Object.freeze({
      enabled: typeof hints.enabled === 'boolean' ? hints.enabled : DEFAULT_SETTINGS.inlayHints.enabled,
      paragraphLabels: typeof hints.paragraphLabels === 'boolean' ? hints.paragraphLabels : DEFAULT_SETTINGS.inlayHints.paragraphLabels,
    }),
    format: Object.freeze({
      typographicQuotes: typeof format.typographicQuotes === 'boolean' ? format.typographicQuotes : DEFAULT_SETTINGS.format.typographicQuotes,
    }),
    onlineLookup: r.onlineLookup === true,
  });
}

/** Settings per resource, asked once and cached until {@link ConfigurationCache.clear}. */
export class ConfigurationCache {
  readonly #connection: Connection;
  readonly #pull: boolean;
  readonly #cache = new Map<string, Promise<UnresSettings>>();
  #pushed: UnresSettings = DEFAULT_SETTINGS;

  /** `pull`: whether the client answers `workspace/configuration`. */
  constructor(connection: Connection, pull: boolean) {
    this.#connection = connection;
    this.#pull = pull;
  }

  /** The settings for a document (or the workspace, without a resource). */
  get(resource?: string): Promise<UnresSettings> {
    if (!this.#pull) return Promise.resolve(this.#pushed);
    const key = resource ?? '';
    let settings = this.#cache.get(key);
    if (!settings) {
      settings = this.#connection.workspace.getConfiguration(resource ? { scopeUri: resource, section: 'unres' } : { section: 'unres' }).then(toSettings, () => DEFAULT_SETTINGS);
      this.#cache.set(key, settings);
    }
    return settings;
  }

  /** `didChangeConfiguration`: forget what was asked; take what a push-only client sent. */
  changed(sent: unknown): void {
    this.#cache.clear();
    if (!this.#pull) this.#pushed = toSettings((sent as { unres?: unknown } | undefined)?.unres);
  }

  /** A closed document's settings are asked again when it is reopened. */
  forget(resource: string): void {
    this.#cache.delete(resource);
  }
}

/** What {@link RuleFiles} needs of the server. */
export interface RuleFilesHost {
  /** The workspace folder URIs now. */
  folders(): readonly string[];
  settings(uri?: string): Promise<UnresSettings>;
  /** The text of a file (the editor's, else the disk's); `undefined` when there is none. */
  readFile(uri: string): Promise<string | undefined>;
  /** The service's reading of a rule file. */
  parse(text: string): { config: RuleConfig; diagnostics: Diagnostic[] };
  /** Publishes a rule file's problems (empty: none, or no file). */
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

/** The `.unresrc.json` of each workspace folder; with the `unres.rules` setting over it, the rule configuration of a document. */
export class RuleFiles {
  readonly #host: RuleFilesHost;
  /** `.unresrc.json` per workspace folder URI. */
  readonly #byFolder = new Map<string, RuleConfig>();

  constructor(host: RuleFilesHost) {
    this.#host = host;
  }

  /** The configuration of a document's rules: the rule file of its folder, then the settings. */
  async configOf(uri: string): Promise<RuleConfig> {
    const folder = this.folderOf(uri);
    const fromFile = folder ? (this.#byFolder.get(folder) ?? {}) : {};
    return { ...fromFile, ...(await this.#host.settings(uri)).rules };
  }

  /** The innermost workspace folder holding `uri` (the first folder for a document outside them all). */
  folderOf(uri: string): string | undefined {
    const folders = this.#host.folders();
    return folders.filter(f => uri.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0] ?? folders[0];
  }

  /** Reads every folder's rule file again and publishes its problems. */
  async load(): Promise<void> {
    this.#byFolder.clear();
    for (const folder of this.#host.folders()) {
      const uri = Utils.joinPath(URI.parse(folder), CONFIG_FILE_NAME).toString();
      const text = await this.#host.readFile(uri);
      if (text === undefined) {
        this.#host.publish(uri, []);
        continue;
      }
      const parsed = this.#host.parse(text);
      this.#byFolder.set(folder, parsed.config);
      this.#host.publish(uri, parsed.diagnostics);
    }
  }
}
