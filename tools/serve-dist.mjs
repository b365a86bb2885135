// Starts the project's nginx (tests/e2e/nginx.sh) on a port for a benchmark
// script and waits until it answers. Stopped when the script exits.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/// `accessLog`: a file for nginx to log each response's path, status and bytes sent.
/// It holds one line when this returns: the request that saw nginx answer
/// (callers count what comes after it).
export async function serveDist(port, dist = join(root, "dist"), { accessLog } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, OCC_ACCESS_LOG: accessLog || "" };
  const server = spawn("bash", [join(root, "tests/e2e/nginx.sh"), String(port), dist], { stdio: "ignore", env });
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    let answered = false;
    try {
      answered = (await fetch(`${base}/`)).ok;
    } catch {}
    if (answered) {
      // nginx writes a request's line after its answer is sent, so the answer
      // can arrive first; a caller counting lines from here would count this
      // request as its own.
      if (accessLog) await logged(accessLog);
      return { base, stop };
    }
    if (i > 100) throw new Error("nginx did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function logged(file) {
  for (let i = 0; i < 100; i++) {
    if (existsSync(file) && readFileSync(file, "utf8").includes("\n")) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`nginx did not log its first request in ${file}`);
}
