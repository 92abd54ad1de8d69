/** The read-only record page of an imported record: office, ledger and number identify it. */
export function headOfficeRecordPath(record: { officeCode: string; ledger: string; key: string }): string {
  return `/head-office/records/${encodeURIComponent(record.officeCode)}/${encodeURIComponent(record.ledger)}/${encodeURIComponent(record.key)}`;
}
