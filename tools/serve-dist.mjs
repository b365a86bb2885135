// Starts the project's nginx (tests/e2e/nginx.sh) on a port for a benchmark
// script and waits until it answers. Stopped when the script exits.
import { spawn } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/// `accessLog`: a file for nginx to log each response's path, status and bytes sent.
export async function serveDist(port, dist = join(root, "dist"), { accessLog } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, OCC_ACCESS_LOG: accessLog || "" };
  const server = spawn("bash", [join(root, "tests/e2e/nginx.sh"), String(port), dist], { stdio: "ignore", env });
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {}
    if (i > 100) throw new Error("nginx did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}
