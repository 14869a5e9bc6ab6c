// What the build adds to import.meta.env beside WXT's own (wxt.config.ts sets it).
interface ImportMetaEnv {
  /** Names the message catalogs this build ships, so a page never uses a copy another build kept. */
  readonly ECHT_CATALOGS?: string;
}
