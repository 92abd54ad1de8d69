/** An enum whose values are stable codes and whose labels are what the office reads (zh-CN). */
export type LabelledEnum<K extends string> = { readonly [key in K]: string };

export function enumKeys<K extends string>(labels: LabelledEnum<K>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

export function labelOf<K extends string>(labels: LabelledEnum<K>, key: K | null | undefined): string {
  return key ? labels[key] : '';
}
