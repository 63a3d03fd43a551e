// The end-to-end RGB-D benchmark lives with the pipeline: packages/realsense/bench/e2e.ts.
// `npx -y pnpm@12.21.0 exec node bench/rgbd.ts [--seconds 4]` writes bench/results/rgbd.{md,json}.
import "../packages/realsense/bench/e2e.ts"
