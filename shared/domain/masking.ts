/**
 * Personal data shown where the full value is not needed (DOMAIN.md "Privacy").
 * Phones keep the first 3 and last 4 digits (138****5678); ID numbers keep the region (6) and the last 4.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = phone.replace(/\s|-/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
  return '*'.repeat(digits.length);
}

export function maskIdNumber(idNumber: string | null | undefined): string {
  if (!idNumber) return '';
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/**
 * A PostgreSQL connection string with its password as ****, however it is given: in the address
 * (postgresql://user:secret@host/db) or as a `password=` parameter. Shown wherever the string is shown.
 */
export function maskConnectionString(connectionString: string): string {
  return connectionString
    .replace(/^(postgres(?:ql)?:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:****@')
    .replace(/([?&]password=)[^&#]*/gi, '$1****');
}
