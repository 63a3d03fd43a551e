/** Small statistics and table helpers for benchmark output. */

/** The p-th percentile (0..100) by nearest rank; NaN for no values. */
export const percentile = (values: ReadonlyArray<number>, p: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = values.toSorted((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1]!
}

export const median = (values: ReadonlyArray<number>): number => percentile(values, 50)

export const sum = (values: ReadonlyArray<number>): number => values.reduce((a, b) => a + b, 0)

/** Fixed decimals, or an en dash for NaN / undefined. */
export const fmt = (value: number | undefined, digits = 1): string =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits)

/** Bytes as `1 KiB`, `256 KiB`, `1 MiB` or plain bytes when not a whole KiB. */
export const formatSize = (bytes: number): string =>
  bytes >= 2 ** 20 && bytes % 2 ** 20 === 0
    ? `${bytes / 2 ** 20} MiB`
    : bytes >= 1024 && bytes % 1024 === 0
    ? `${bytes / 1024} KiB`
    : `${bytes.toLocaleString("en-US")} B`

const csvCell = (value: unknown): string => {
  const text = value === undefined || (typeof value === "number" && !Number.isFinite(value)) ? "" : String(value)
  return /[",\n]/.test(text) ? `"${text.replaceAll("\"", "\"\"")}"` : text
}

/** CSV with a header row from the keys of `columns`. */
export const toCsv = <Row>(
  rows: ReadonlyArray<Row>,
  columns: ReadonlyArray<readonly [string, (row: Row) => unknown]>
): string =>
  [
    columns.map(([name]) => csvCell(name)).join(","),
    ...rows.map((row) => columns.map(([, get]) => csvCell(get(row))).join(","))
  ]
    .join("\n") + "\n"

/** A GitHub markdown table. */
export const toMarkdown = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`)
  ].join("\n")
