/** A small line chart (series over time) as a PNG, for the memory benchmark. */
import { Raster, type Rgb } from "./Png.ts"

export interface Series {
  readonly label: string
  readonly color: Rgb
  readonly points: ReadonlyArray<readonly [number, number]>
}

const INK: Rgb = [20, 20, 20]
const GRID: Rgb = [225, 225, 225]

const niceStep = (range: number, ticks: number): number => {
  const raw = range / ticks
  const power = 10 ** Math.floor(Math.log10(raw))
  const unit = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10
  return unit * power
}

export const renderLineChart = (options: {
  readonly title: string
  readonly xLabel: string
  readonly yLabel: string
  readonly series: ReadonlyArray<Series>
  readonly footer: string
}): Uint8Array => {
  const width = 1000
  const height = 520
  const left = 90
  const right = 20
  const top = 50
  const bottom = 110
  const image = new Raster(width, height)
  const all = options.series.flatMap((s) => s.points)
  const xMax = Math.max(1, ...all.map(([x]) => x))
  const yMaxRaw = Math.max(1, ...all.map(([, y]) => y))
  const yStep = niceStep(yMaxRaw, 6)
  const yMax = Math.ceil(yMaxRaw / yStep) * yStep
  const xStep = niceStep(xMax, 10)
  const plotW = width - left - right
  const plotH = height - top - bottom
  const px = (x: number) => left + (x / xMax) * plotW
  const py = (y: number) => top + plotH - (y / yMax) * plotH
  image.text(left, 14, options.title, INK, 3)
  for (let y = 0; y <= yMax + 1e-9; y += yStep) {
    image.fill(left, py(y), plotW, 1, GRID)
    const label = String(Math.round(y * 100) / 100)
    image.text(left - 8 - Raster.textWidth(label, 2), py(y) - 7, label, INK, 2)
  }
  for (let x = 0; x <= xMax + 1e-9; x += xStep) {
    image.fill(px(x), top, 1, plotH, GRID)
    const label = xStep < 1 ? x.toFixed(1) : String(Math.round(x))
    image.text(px(x) - Raster.textWidth(label, 2) / 2, top + plotH + 8, label, INK, 2)
  }
  image.fill(left, top, 1, plotH, INK)
  image.fill(left, top + plotH, plotW, 1, INK)
  image.text(left + plotW / 2 - Raster.textWidth(options.xLabel, 2) / 2, top + plotH + 30, options.xLabel, INK, 2)
  image.text(8, top - 20, options.yLabel, INK, 2)
  for (const series of options.series) {
    let previous: readonly [number, number] | undefined
    for (const point of series.points) {
      if (previous !== undefined) {
        // a straight segment, drawn as 3x3 dots along it
        const steps = Math.max(1, Math.ceil(Math.hypot(px(point[0]) - px(previous[0]), py(point[1]) - py(previous[1]))))
        for (let i = 0; i <= steps; i++) {
          const t = i / steps
          const x = px(previous[0] + (point[0] - previous[0]) * t)
          const y = py(previous[1] + (point[1] - previous[1]) * t)
          image.fill(x - 1, y - 1, 3, 3, series.color)
        }
      }
      previous = point
    }
  }
  options.series.forEach((series, i) => {
    const x = left + 10 + (i % 2) * 440
    const y = top + plotH + 56 + Math.floor(i / 2) * 20
    image.fill(x, y + 4, 24, 5, series.color)
    image.text(x + 32, y, series.label, INK, 2)
  })
  image.text(left, height - 14, options.footer, INK, 1)
  return image.toPng()
}
