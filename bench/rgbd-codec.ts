// The depth wire-codec benchmark lives with the codecs: packages/realsense/bench/codec.ts.
// `npx -y pnpm@12.21.0 exec node bench/rgbd-codec.ts [--frames 30]` writes bench/results/rgbd-codec.{md,json}.
import "../packages/realsense/bench/codec.ts"
