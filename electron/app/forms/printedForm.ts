import type { AppContext } from '../context';

/**
 * A form a ledger prints, declared with the ledger: its cache slot's name (prints/cache/<form>/), its title as
 * printed, and how to render one record's form as bytes (no file a clerk sees, no history row), through the form
 * cache. Archives print through these; a ledger's print channel prints the same definition for signature.
 */
export interface PrintedFormDeclaration {
  form: string;
  title: string;
  /** `key` is the record's id, or what the form is kept by (the call log: its date). */
  render(ctx: AppContext, key: number | string): Promise<Buffer>;
}
