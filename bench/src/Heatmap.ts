/** The sweep heatmap: delivery ratio and p99 latency over frame size x rate, as a PNG. */
import type { MachineInfo } from "./Machine.ts"
import { gradient, Raster, type Rgb } from "./Png.ts"
import { fmt, formatSize } from "./Stats.ts"

interface Cell {
  readonly size: number
  readonly rateHz: number
  readonly skipped: boolean
  readonly deliveryRatio: number
  readonly p99Ms: number
}

const GOOD_TO_BAD: ReadonlyArray<Rgb> = [[26, 152, 80], [166, 217, 106], [254, 224, 139], [252, 141, 89], [215, 48, 39]]
const SKIPPED: Rgb = [210, 210, 210]
const INK: Rgb = [20, 20, 20]

const CELL_W = 104
const CELL_H = 36
const LABEL_W = 104
const MARGIN = 20
const TITLE_H = 44
const HEADER_H = 28
const FOOTER_H = 56

/** Delivery colour: 100 % green, 90 % and below red. */
const deliveryColor = (ratio: number): Rgb => gradient(GOOD_TO_BAD, (1 - ratio) / 0.1)

/** p99 colour on a log scale: <= 2 ms green, >= 2 s red. */
const latencyColor = (ms: number): Rgb => gradient(GOOD_TO_BAD, Math.log10(Math.max(ms, 2) / 2) / 3)

const sizeLabel = (size: number) =>
  size > 2 ** 20 ? "MAX" : formatSize(size).replace(" KiB", "K").replace(" MiB", "M").replace(" B", "")

export const renderHeatmap = (
  rows: ReadonlyArray<Cell>,
  sizes: ReadonlyArray<number>,
  rates: ReadonlyArray<number>,
  machine: MachineInfo
): Uint8Array => {
  const panelW = LABEL_W + rates.length * CELL_W
  const footer = [
    `${machine.hostCpus} CPUS ${machine.cpuModel}, NODE ${machine.node}, LOAD ${machine.loadAtStart[0] ?? "?"} -> ${
      machine.loadAtEnd[0] ?? "?"
    }, ${machine.date.slice(0, 16).replace("T", " ")} UTC`,
    "DATA TRACKS VIA THE EMBEDDED DEV SERVER, GREY = SKIPPED"
  ]
  const width = Math.max(MARGIN * 3 + panelW * 2, ...footer.map((line) => MARGIN * 2 + Raster.textWidth(line, 2)))
  const height = TITLE_H + HEADER_H + sizes.length * CELL_H + FOOTER_H
  const image = new Raster(width, height)
  const panels = [
    {
      title: "DELIVERY %",
      value: (cell: Cell) => fmt(cell.deliveryRatio * 100, 1),
      color: (cell: Cell) => deliveryColor(cell.deliveryRatio)
    },
    {
      title: "P99 LATENCY MS",
      value: (cell: Cell) => (cell.deliveryRatio > 0 ? fmt(cell.p99Ms, cell.p99Ms < 100 ? 1 : 0) : "NONE"),
      color: (cell: Cell) => (cell.deliveryRatio > 0 ? latencyColor(cell.p99Ms) : GOOD_TO_BAD[4]!)
    }
  ]
  panels.forEach((panel, p) => {
    const x0 = MARGIN + p * (panelW + MARGIN)
    image.text(x0, 12, panel.title, INK, 3)
    image.textCentered(x0, TITLE_H, LABEL_W, HEADER_H, "SIZE \\ HZ".replace("\\", "/"), INK, 2)
    rates.forEach((rate, c) => {
      image.textCentered(x0 + LABEL_W + c * CELL_W, TITLE_H, CELL_W, HEADER_H, String(rate), INK, 2)
    })
    sizes.forEach((size, r) => {
      const y = TITLE_H + HEADER_H + r * CELL_H
      image.textCentered(x0, y, LABEL_W, CELL_H, sizeLabel(size), INK, 2)
      rates.forEach((rate, c) => {
        const x = x0 + LABEL_W + c * CELL_W
        const cell = rows.find((row) => row.size === size && row.rateHz === rate)
        const skipped = cell === undefined || cell.skipped
        image.fill(x + 1, y + 1, CELL_W - 2, CELL_H - 2, skipped ? SKIPPED : panel.color(cell))
        image.textCentered(x, y, CELL_W, CELL_H, skipped ? "SKIP" : panel.value(cell), INK, 2)
      })
    })
  })
  const footerY = TITLE_H + HEADER_H + sizes.length * CELL_H + 10
  footer.forEach((line, i) => image.text(MARGIN, footerY + i * 22, line, INK, 2))
  return image.toPng()
}
