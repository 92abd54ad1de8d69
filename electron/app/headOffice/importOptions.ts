import { DomainError } from '../../../shared/contract/errors';

/** What an archive import reports and obeys: progress, cancelling, the office keys confirmed by phone. */
export interface ImportProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between steps; inside the transaction a cancel rolls everything back. */
  signal?: AbortSignal;
  /** Fingerprints of office keys confirmed by phone: an office's first archive is imported only with its own. */
  confirmedKeys?: readonly string[];
}

export class ImportCancelled extends DomainError {
  constructor() {
    super('rule', '已取消导入,这份归档没有导入任何内容');
  }
}
