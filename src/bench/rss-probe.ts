// Loaded with `node --import` into a child `kg` process by the bench: at exit it writes the process's peak
// resident set size (all threads, so the extraction workers too) and its CPU time to the file KG_BENCH_PROBE.
import fs from 'node:fs';

const file = process.env.KG_BENCH_PROBE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const probe = {
      maxRssBytes: usage.maxRSS * 1024,
      userSeconds: usage.userCPUTime / 1e6,
      systemSeconds: usage.systemCPUTime / 1e6,
    };
    fs.writeFileSync(file, JSON.stringify(probe));
  });
}
