// The machine a bench ran on: processor, cores, memory, Node, and the load average when it started (the
// machines here are shared: a load above the core count means the figures are slower than the machine is).
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the bench started. */
  loadAverage: number[];
  /** Whether the load average exceeded the number of cores. */
  loaded: boolean;
  startedAt: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const cores = os.availableParallelism();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage,
    loaded: loadAverage[0] > cores,
    startedAt: new Date().toISOString(),
  };
}
