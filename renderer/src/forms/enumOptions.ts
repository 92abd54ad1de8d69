/** An enum's labels as Select/Radio options, in the order the paper lists them. */
export function enumOptions<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
